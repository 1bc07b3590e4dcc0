using System.Globalization;
using McnHub.Features.Evaluation;
using static McnHub.Bench.Generation.BulkTable;

namespace McnHub.Bench.Generation;

/// <summary>
/// One organisation's monthly returns and their values, as table rows with explicit ids, made one organisation at a
/// time so tens of millions of values never sit in memory together. Most returns are approved; the last two months
/// are a mix of approved, submitted and draft, a few are missing, and a few older ones are reopened. Values follow
/// the dataset's rules (deaths by place add up to deaths; plans and named leads within the caseload), store numbers
/// as the entry form does (normalised text and the number; zeros of elements whose zero is not significant are not
/// stored), and disaggregated elements store one value per age band and no total.
/// </summary>
internal sealed class EvaluationReturns(EvaluationDefinitions.Built definitions, IReadOnlyList<Period> periods, int seed)
{
    private static readonly double[] AgeShare = [0.12, 0.22, 0.24, 0.22, 0.20];

    private readonly Dictionary<string, DataElement> _byCode = definitions.Elements.ToDictionary(e => e.Code);
    private readonly int[] _optionIds = [.. definitions.Ages.Options.OrderBy(o => o.SortOrder).Select(o => o.Id)];
    private int _nextReturnId = 1;
    private long _nextValueId = 1;

    public static BulkTable NewReturns() => new("DataReturns",
        Int("Id"), Int("DatasetId"), Int("OrganisationId"), Text("Period"), Date("PeriodStart"), Date("PeriodEnd"), Text("Status"),
        Timestamp("CreatedAt"), Text("CreatedBy"), Timestamp("SubmittedAt"), Text("SubmittedBy"), Timestamp("ApprovedAt"), Text("ApprovedBy"),
        Timestamp("ReopenedAt"), Text("ReopenedBy"), Text("ReopenReason"), Timestamp("LastReminderAt"), Int("Version"));

    public static BulkTable NewValues() => new("DataValues",
        new BulkColumn("Id", System.Data.DbType.Int64), Int("DataReturnId"), Int("DataElementId"), Int("CategoryOptionId"), Int("OrganisationId"),
        Date("PeriodStart"), Text("Value"), Real("Numeric"), Text("Comment"));

    public int Returns => _nextReturnId - 1;

    public long Values => _nextValueId - 1;

    /// <summary>Adds one organisation's returns and values to the given tables.</summary>
    public void AddOrganisation(int organisationId, BulkTable returns, BulkTable values)
    {
        var random = new Random(HashCode.Combine(seed, organisationId));
        var size = 5 + random.Next(150);
        for (var pi = 0; pi < periods.Count; pi++)
        {
            var status = StatusOf(random, periods.Count - 1 - pi);
            if (status is null)
            {
                continue;
            }

            var period = periods[pi];
            var returnId = _nextReturnId++;
            var submitted = period.End.AddDays(3 + random.Next(20)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            var done = status is not ReturnStatus.Draft;
            var approved = status is ReturnStatus.Approved;
            var reopened = status is ReturnStatus.Reopened;
            returns.Add(
                returnId, definitions.Dataset.Id, organisationId, period.Id, period.Start, period.End, status.ToString(),
                submitted.AddDays(-5), "submitter@bench.example", done || reopened ? submitted : null, done || reopened ? "submitter@bench.example" : null,
                approved || reopened ? submitted.AddDays(4) : null, approved || reopened ? "coordinator@bench.example" : null,
                reopened ? submitted.AddDays(9) : null, reopened ? "coordinator@bench.example" : null, reopened ? "Figures to correct (benchmark)." : null,
                null, approved ? 2 : 1);

            var progress = (double)pi / Math.Max(1, periods.Count - 1);
            foreach (var (element, option, number) in Numbers(random, size, progress))
            {
                if (number == 0 && !element.ZeroIsSignificant)
                {
                    continue;
                }

                var text = element.ValueType == DataValueType.YesNo ? (number == 1 ? "Yes" : "No") : number.ToString(CultureInfo.InvariantCulture);
                values.Add(_nextValueId++, returnId, element.Id, option, organisationId, period.Start, text, (double)number, null);
            }
        }
    }

    /// <summary>Returns are older the larger <paramref name="age"/> (0 = the last month).</summary>
    private static ReturnStatus? StatusOf(Random random, int age)
    {
        var roll = random.NextDouble();
        return age switch
        {
            0 => roll switch { < 0.4 => ReturnStatus.Approved, < 0.7 => ReturnStatus.Submitted, < 0.9 => ReturnStatus.Draft, _ => null },
            1 => roll < 0.85 ? ReturnStatus.Approved : ReturnStatus.Submitted,
            _ => roll switch { < 0.985 => ReturnStatus.Approved, < 0.995 => ReturnStatus.Reopened, _ => null },
        };
    }

    private IEnumerable<(DataElement Element, int? Option, int Number)> Numbers(Random random, int size, double progress)
    {
        var caseload = Math.Max(1, size + random.Next(-size / 10, (size / 10) + 1));
        var bands = AgeShare.Select(s => (int)Math.Round(caseload * s)).ToArray();
        caseload = bands.Sum();
        for (var b = 0; b < bands.Length; b++)
        {
            yield return (_byCode["CASELOAD"], _optionIds[b], bands[b]);
            yield return (_byCode["NEW_REFERRALS"], _optionIds[b], random.Next(0, 2 + (bands[b] / 10)));
        }

        yield return (_byCode["ACP"], null, (int)(caseload * (0.5 + (0.35 * progress) + (random.NextDouble() * 0.1))));
        yield return (_byCode["NAMED_LEAD"], null, (int)(caseload * (0.85 + (random.NextDouble() * 0.15))));
        var deaths = random.Next(0, 2 + (size / 25));
        var home = random.Next(0, deaths + 1);
        var hospice = random.Next(0, deaths - home + 1);
        var icu = random.Next(0, deaths - home - hospice + 1);
        yield return (_byCode["DEATHS"], null, deaths);
        yield return (_byCode["DEATHS_HOME"], null, home);
        yield return (_byCode["DEATHS_HOSPICE"], null, hospice);
        yield return (_byCode["DEATHS_HOSPITAL"], null, deaths - home - hospice - icu);
        yield return (_byCode["DEATHS_ICU"], null, icu);
        yield return (_byCode["DEATHS_PREFERRED"], null, (int)Math.Round(deaths * (0.5 + (0.3 * progress) + (random.NextDouble() * 0.2)) - 0.49));
        yield return (_byCode["ADVICE_247"], null, random.NextDouble() < 0.9 ? 1 : 0);
        yield return (_byCode["ADVICE_CALLS"], null, random.Next(0, 3 + (size / 5)));
        yield return (_byCode["SHORT_BREAK_NIGHTS"], null, random.Next(0, 2 + size));
        yield return (_byCode["BEREAVEMENT_CONTACTS"], null, random.Next(0, 2 + (size / 10)));
        foreach (var element in definitions.Elements.Skip(DemoMinimumDataset.Elements.Length))
        {
            if (element.CategoryComboId is null)
            {
                yield return (element, null, random.Next(0, 50));
                continue;
            }

            foreach (var option in _optionIds)
            {
                yield return (element, option, random.Next(0, 12));
            }
        }
    }
}
