using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>
/// The demo minimum dataset, its rules and indicators, and two years of quarterly returns from the hospitals,
/// community nursing teams and hospices of the demo network, with plausible trends (more advance care plans, more
/// deaths in the preferred place), a few late or missing returns and a few warnings explained in comments.
/// Idempotent (guarded by the dataset's code); one SaveChanges.
/// </summary>
public static class DemoEvaluation
{
    private static readonly OrganisationType[] Returning =
        [OrganisationType.TertiaryChildrensHospital, OrganisationType.DistrictGeneralHospital, OrganisationType.CommunityChildrensNursing, OrganisationType.ChildrensHospice];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<Dataset>().AnyAsync(d => d.Code == DemoMinimumDataset.DatasetCode, ct))
        {
            return;
        }

        var ages = new CategoryCombo
        {
            Code = "AGE_BAND",
            Name = "Age band",
            Options = DemoMinimumDataset.AgeBands.Select((a, i) => new CategoryOption { Code = a.Code, Name = a.Name, SortOrder = i }).ToList(),
        };
        var elements = DemoMinimumDataset.Elements.ToDictionary(e => e.Code, e => new DataElement
        {
            Code = e.Code,
            Name = e.Name,
            Definition = e.Definition,
            Includes = e.Includes,
            Excludes = e.Excludes,
            WorkedExample = e.Example,
            ValueType = e.Type,
            CategoryCombo = e.ByAge ? ages : null,
            ZeroIsSignificant = e.ZeroIsSignificant,
            Aggregation = e.Aggregation,
        });
        var dataset = new Dataset
        {
            Code = DemoMinimumDataset.DatasetCode,
            Name = "Children's palliative care minimum dataset",
            Description = "Returned every quarter by the network's hospitals, community children's nursing teams and hospices.",
            PeriodType = PeriodType.Quarterly,
            DueDays = 30,
            OpenForLateEntryDays = 60,
        };
        var sections = DemoMinimumDataset.Elements.Select(e => e.Section).Distinct()
            .Select((name, i) => new DatasetSection { Dataset = dataset, Name = name, SortOrder = i }).ToList();
        dataset.Sections = sections;
        var order = 0;
        foreach (var e in DemoMinimumDataset.Elements)
        {
            var section = sections.Single(s => s.Name == e.Section);
            var placed = new DatasetElement { Section = section, DataElement = elements[e.Code], SortOrder = order++, Compulsory = e.Compulsory };
            section.Elements.Add(placed);
            dataset.Elements.Add(placed);
        }

        dataset.ValidationRules = DemoMinimumDataset.Rules.Select(r => new ValidationRule
        {
            Name = r.Name, Left = r.Left, Operator = r.Op, Right = r.Right, Importance = r.Importance, Message = r.Message,
        }).ToList();

        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => Returning.Contains(o.Type) && (o.Status == MembershipStatus.Member || o.Status == MembershipStatus.Lapsed))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Type, o.Status }).ToListAsync(ct);
        var last = Period.Containing(PeriodType.Quarterly, today).Previous;
        var periods = new List<Period>();
        for (var p = last; periods.Count < 8; p = p.Previous)
        {
            periods.Insert(0, p);
        }

        dataset.Assignments = organisations.Select(o => new DatasetAssignment { OrganisationId = o.Id, From = periods[0].Start }).ToList();
        db.Add(dataset);
        db.AddRange(DemoMinimumDataset.Indicators.Select(Copy));

        var returns = new List<DataReturn>();
        for (var oi = 0; oi < organisations.Count; oi++)
        {
            var org = organisations[oi];
            var profile = Profile.For(org.Type, org.Name);
            for (var pi = 0; pi < periods.Count; pi++)
            {
                var status = StatusOf(oi, pi, org.Status == MembershipStatus.Lapsed, org.Name);
                if (status is null)
                {
                    continue;
                }

                var period = periods[pi];
                var due = dataset.DueDate(period).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                var late = (oi + pi) % 7 == 3;
                var submitted = due.AddDays(late ? 4 + (oi % 9) : -(2 + ((oi + pi) % 12)));
                var r = DataReturn.Start(0, org.Id, period, "demo", submitted.AddDays(-10));
                r.Dataset = dataset;
                r.Status = status.Value;
                if (status != ReturnStatus.Draft)
                {
                    r.SubmittedAt = submitted;
                    r.FirstSubmittedAt = submitted;
                    r.SubmittedBy = "submitter@riverlands.example";
                }

                if (status == ReturnStatus.Approved)
                {
                    r.ApprovedAt = submitted.AddDays(6);
                    r.ApprovedBy = "coordinator@riverlands.example";
                }

                r.Values = profile.Values(oi, pi, elements, ages, status == ReturnStatus.Draft).ToList();
                foreach (var v in r.Values)
                {
                    v.OrganisationId = org.Id;
                    v.PeriodStart = period.Start;
                }

                returns.Add(r);
            }
        }

        db.AddRange(returns);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Mostly approved; the last quarter a mix; a lapsed member stops returning; one hospice missed a quarter.</summary>
    private static ReturnStatus? StatusOf(int oi, int pi, bool lapsed, string name)
    {
        if ((lapsed && pi >= 5) || (name.StartsWith("Heron House", StringComparison.Ordinal) && pi == 3))
        {
            return null;
        }

        if (pi == 7)
        {
            return name.StartsWith("Northbrook Community", StringComparison.Ordinal) ? ReturnStatus.Draft : (oi % 4) switch
            {
                0 => ReturnStatus.Approved,
                1 => ReturnStatus.Submitted,
                2 => ReturnStatus.Draft,
                _ => null,
            };
        }

        return pi == 6 && oi % 5 == 1 ? ReturnStatus.Submitted : ReturnStatus.Approved;
    }

    private static Indicator Copy(Indicator i) => new()
    {
        Code = i.Code, Name = i.Name, Description = i.Description, Numerator = i.Numerator, NumeratorDescription = i.NumeratorDescription,
        Denominator = i.Denominator, DenominatorDescription = i.DenominatorDescription, Factor = i.Factor, Decimals = i.Decimals,
        Target = i.Target, Direction = i.Direction,
    };
}
