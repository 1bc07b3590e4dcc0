using McnHub.Features.Evaluation;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>Ids of a small evaluation network made for one test class (codes are unique, so it sits beside the demo data).</summary>
public sealed record IndicatorWorld(string Prefix, int OrgA, int OrgB, int OrgC, int OrgD, int AreaX, int AreaY, int DatasetId)
{
    public string Pref => Prefix + "_PREF";

    public string Cases => Prefix + "_CASES";

    public string PerLlc => Prefix + "_LLC";
}

/// <summary>
/// Small data with hand-computed answers. Organisations A and B serve area X (population 10,000 at 50 per 10,000:
/// 50 children), C serves area Y; D's return is only submitted. Deaths / deaths in the preferred place:
/// 2025Q1 A 10/7, B 20/15, C 3/2, D 50/50 (submitted); 2025Q2 A 5/(none), C 0/0, B nothing.
/// Caseload (last value): A 40 then 42, B 10, C 4 (Q1 only).
/// </summary>
public static class IndicatorTestData
{
    public static Task<IndicatorWorld> SeedAsync(McnHubFactory factory) => factory.WithDbAsync(async db =>
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var areaX = new Area { Name = prefix + " Area X", Kind = AreaKind.LocalAuthority, Population0To19 = 10000, PrevalencePer10000 = 50m };
        var areaY = new Area { Name = prefix + " Area Y", Kind = AreaKind.LocalAuthority, Population0To19 = 2000 };
        db.AddRange(areaX, areaY);
        Organisation Org(string name, params Area[] areas)
        {
            var org = new Organisation { Name = $"{prefix} {name}", Type = OrganisationType.ChildrensHospice, Sector = Sector.NonNhs, Status = MembershipStatus.Member, StatusSince = new DateOnly(2024, 1, 1), JoinedOn = new DateOnly(2024, 1, 1) };
            org.AreasServed.AddRange(areas.Select(a => new OrganisationArea { Area = a }));
            db.Add(org);
            return org;
        }

        var (a, b, c, d) = (Org("Hospice A", areaX), Org("Hospice B", areaX), Org("Hospice C", areaY), Org("Hospice D", areaY));
        var deaths = new DataElement { Code = prefix + "_DEATHS", Name = "Deaths", Definition = "Deaths", ZeroIsSignificant = true };
        var preferred = new DataElement { Code = prefix + "_DEATHS_PREF", Name = "Deaths in the preferred place", Definition = "Deaths in the preferred place" };
        var caseload = new DataElement { Code = prefix + "_CASELOAD", Name = "Caseload", Definition = "Children on the caseload at the end of the period", Aggregation = AggregationType.LastValue, ZeroIsSignificant = true };
        db.AddRange(deaths, preferred, caseload);
        var dataset = new Dataset { Code = prefix + "_MDS", Name = prefix + " minimum dataset", PeriodType = PeriodType.Quarterly };
        var section = new DatasetSection { Dataset = dataset, Name = "Deaths", SortOrder = 1 };
        dataset.Sections.Add(section);
        foreach (var (element, i) in new[] { deaths, preferred, caseload }.Select((e, i) => (e, i)))
        {
            dataset.Elements.Add(new DatasetElement { Section = section, DataElement = element, SortOrder = i });
        }

        foreach (var org in new[] { a, b, c, d })
        {
            dataset.Assignments.Add(new DatasetAssignment { Organisation = org });
        }

        db.Add(dataset);
        db.AddRange(
            new Indicator { Code = prefix + "_PREF", Name = prefix + " Deaths in the preferred place", Numerator = $"[{preferred.Code}]", Denominator = $"[{deaths.Code}]", Factor = 100, Decimals = 1, Target = 75 },
            new Indicator { Code = prefix + "_CASES", Name = prefix + " Children on the caseload", Numerator = $"[{caseload.Code}]", Denominator = "1", Factor = 1, Decimals = 0 },
            new Indicator { Code = prefix + "_LLC", Name = prefix + " Caseload against the estimate", Numerator = $"[{caseload.Code}]", Denominator = "[LLC_ESTIMATE]", Factor = 100, Decimals = 0 });

        void Return(Organisation org, Period period, ReturnStatus status, params (DataElement Element, double Value)[] values)
        {
            var r = DataReturn.Start(0, 0, period, "test", DateTime.UtcNow);
            r.Dataset = dataset;
            r.Organisation = org;
            r.Status = status;
            r.SubmittedAt = DateTime.UtcNow;
            foreach (var (element, value) in values)
            {
                r.Values.Add(new DataValue { DataElement = element, PeriodStart = period.Start, Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture), Numeric = value });
            }

            db.Add(r);
        }

        var (q1, q2) = (Period.Quarter(2025, 1), Period.Quarter(2025, 2));
        Return(a, q1, ReturnStatus.Approved, (deaths, 10), (preferred, 7), (caseload, 40));
        Return(b, q1, ReturnStatus.Approved, (deaths, 20), (preferred, 15), (caseload, 10));
        Return(c, q1, ReturnStatus.Approved, (deaths, 3), (preferred, 2), (caseload, 4));
        Return(d, q1, ReturnStatus.Submitted, (deaths, 50), (preferred, 50));
        Return(a, q2, ReturnStatus.Approved, (deaths, 5), (caseload, 42));
        Return(c, q2, ReturnStatus.Approved, (deaths, 0), (preferred, 0));
        await db.SaveChangesAsync();

        // The organisation on each value is copied from its return (the entry form does this).
        foreach (var r in db.Set<DataReturn>().Local.Where(r => r.DatasetId == dataset.Id))
        {
            foreach (var v in r.Values)
            {
                v.OrganisationId = r.OrganisationId;
            }
        }

        await db.SaveChangesAsync();
        return new IndicatorWorld(prefix, a.Id, b.Id, c.Id, d.Id, areaX.Id, areaY.Id, dataset.Id);
    });
}
