using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using McnHub.Bench.Generation;
using McnHub.Features.Evaluation;

namespace McnHub.Bench.Load;

public sealed record EvaluationRunOptions(
    Uri Url, BenchProvider Provider, string Connection, int Connections = 1, string Duration = "10s", int ColdRuns = 10, int SqlRuns = 20,
    int? Pid = null, string? Markdown = null, string Indicator = "PREF_PLACE");

/// <summary>One evaluation endpoint as measured: warm under wrk, cold (after a data change), and the raw SQL of the same work.</summary>
public sealed record EvaluationMeasure(
    string Name, string Path, EvaluationTarget Target, LoadResult Warm, double? CpuMsPerRequest, Timing? Cold, Timing Sql, int SqlRows);

public enum EvaluationTarget
{
    /// <summary>Within 2× of the raw SQL and under 200 ms.</summary>
    IndicatorValues,

    /// <summary>Under 50 ms.</summary>
    EntryForm,
}

/// <summary>
/// `run-evaluation`: signs in as the generated co-ordinator, then for the network dashboard, an indicator's monthly
/// network values over the whole generated span, and one organisation's data entry form: measures the app warm with
/// wrk (cookie in a header), cold (sequential requests, each after a change to the data, so any cache is
/// empty and the network totals of the changed periods are recomputed), and times the raw SQL of the same aggregation or read directly on the database.
/// </summary>
public static partial class EvaluationLoad
{
    public static async Task<int> RunAsync(EvaluationRunOptions options, TextWriter log, CancellationToken ct)
    {
        await using var sql = new EvaluationSql(options.Provider, options.Connection);
        var datasetId = await sql.ScalarAsync<int>($"""SELECT "Id" FROM "Datasets" WHERE "Code" = '{EvaluationDefinitions.DatasetCode}'""", ct);
        var organisations = await sql.ScalarAsync<int>($"""SELECT MAX("OrganisationId") FROM "DatasetAssignments" WHERE "DatasetId" = {datasetId}""", ct);
        var span = await sql.RowsAsync($"""SELECT MIN("Period"), MAX("Period") FROM "DataReturns" WHERE "DatasetId" = {datasetId}""", ct);
        var (first, last) = (Period.Parse(span[0][0]), Period.Parse(span[0][1]));
        var values = await sql.ScalarAsync<long>("""SELECT COUNT(*) FROM "DataValues" """, ct);
        var elements = await sql.ElementIdsAsync(ct);
        var indicators = await sql.IndicatorsAsync(ct);
        int[] Ids(string indicator) => [.. indicators.Single(i => i.Code == indicator).Elements.Select(c => elements[c])];
        await log.WriteLineAsync($"{values:N0} values, {organisations:N0} organisations, {first}..{last}, {indicators.Count} indicators.");

        using var cookies = new CookieClient(options.Url);
        var cookie = await cookies.SignInAsync(EvaluationGenerator.CoordinatorEmail, EvaluationGenerator.CoordinatorPassword, ct);

        // The dashboard: every indicator, network level, the 8 quarters ending with the last one that has ended.
        var toQuarter = Period.Containing(PeriodType.Quarterly, DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        var fromQuarter = toQuarter;
        for (var i = 1; i < 8; i++)
        {
            fromQuarter = fromQuarter.Previous;
        }

        // The least SQL for the same answer: one aggregation over every element the indicators use.
        string[] dashboardSql = [EvaluationSql.NetworkAggregation(indicators.SelectMany(i => Ids(i.Code)).Distinct().Order(), fromQuarter.Start, toQuarter.End)];
        var valuesPath = $"/api/v1/indicators/{options.Indicator}/values?level=network&from={first}&to={last}";
        var entryPath = $"/data/returns/{{id}}/{datasetId}/{last}";
        var random = new Random(1);
        // Cold answers follow a change to one value in the dashboard's last month (in both spans), or to every period.
        var changedMonth = new DateOnly(toQuarter.End.Year, toQuarter.End.Month, 1);
        Func<Task> oneValue = () => sql.ChangeOneValueAsync(changedMonth, ct);
        Func<Task> everyPeriod = () => sql.ChangeEveryPeriodAsync(ct);
        var cases = new (string Name, string Path, EvaluationTarget Target, (int, int)? Ids, Func<int, string[]> Sql, Func<Task> Change)[]
        {
            ("network dashboard (all indicators, 8 quarters)", "/indicators", EvaluationTarget.IndicatorValues, null, _ => dashboardSql, oneValue),
            ($"{options.Indicator} network values, {first}..{last} monthly", valuesPath, EvaluationTarget.IndicatorValues, null,
                _ => [EvaluationSql.NetworkAggregation(Ids(options.Indicator), first.Start, last.End)], oneValue),
            ($"{options.Indicator} network values, {first}..{last} monthly, every period changed", valuesPath, EvaluationTarget.IndicatorValues, null,
                _ => [EvaluationSql.NetworkAggregation(Ids(options.Indicator), first.Start, last.End)], everyPeriod),
            ("data entry form, one organisation and month", entryPath, EvaluationTarget.EntryForm, (1, organisations),
                _ => EvaluationSql.EntryForm(datasetId, random.Next(1, organisations + 1), last), oneValue),
        };

        var loadBefore = LoadRunner.LoadAverage();
        var measured = new List<EvaluationMeasure>();
        foreach (var (name, path, target, ids, statements, change) in cases)
        {
            var sample = path.Replace("{id}", "1", StringComparison.Ordinal);
            var check = await cookies.GetAsync(sample, ct);
            if (check.Status != HttpStatusCode.OK)
            {
                await log.WriteLineAsync($"{sample} answered {(int)check.Status}: nothing measured.");
                return 1;
            }

            await log.WriteLineAsync($"{name}: raw SQL, cold, then warm for {options.Duration}…");
            var (sqlTiming, rows) = await sql.TimeAsync(statements, options.SqlRuns, ct);
            var times = new List<double>();
            // Recomputing every period takes seconds: three runs of it are enough.
            for (var run = 0; run < (change == everyPeriod ? Math.Min(3, options.ColdRuns) : options.ColdRuns); run++)
            {
                await change();
                var timer = Stopwatch.StartNew();
                var response = await cookies.GetAsync(path.Replace("{id}", random.Next(1, organisations + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), ct);
                times.Add(timer.Elapsed.TotalMilliseconds);
                if (response.Status != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} answered {(int)response.Status} after a data change.");
                }
            }

            var cold = Timing.Of(times);
            await EvaluationWrk.RunAsync(options.Url, path, ids, cookie, options.Connections, "2s", ct);
            var cpuBefore = ProcessCpu.Read(options.Pid);
            var warm = await EvaluationWrk.RunAsync(options.Url, path, ids, cookie, options.Connections, options.Duration, ct);
            var cpu = ProcessCpu.Read(options.Pid) - cpuBefore;
            measured.Add(new EvaluationMeasure(name, path, target, warm, cpu is { } c && warm.Requests > 0 ? c.TotalMilliseconds / warm.Requests : null, cold, sqlTiming, rows));
        }

        var settings = $"{values:N0} values ({organisations:N0} organisations, {first}..{last}), {options.Provider}; wrk {options.Connections} connection(s) for {options.Duration} after a 2 s warm-up; " +
            $"cold: {options.ColdRuns} sequential requests each after a data change (one value; or every period, 3 requests); raw SQL: median of {options.SqlRuns} runs on one open connection; " +
            $"load average (1 min) {loadBefore} before and {LoadRunner.LoadAverage()} after";
        await log.WriteLineAsync();
        await log.WriteLineAsync(EvaluationReport.Text(measured));
        await log.WriteLineAsync(settings);
        if (options.Markdown is { } file)
        {
            await File.WriteAllTextAsync(file, EvaluationReport.Markdown(measured, settings), ct);
            await log.WriteLineAsync($"Markdown written to {file}");
        }

        return 0;
    }

    /// <summary>An HttpClient that signs in through the sign-in form and keeps the cookies (no redirects followed).</summary>
    private sealed partial class CookieClient : IDisposable
    {
        private readonly CookieContainer _cookies = new();
        private readonly HttpClient _http;
        private readonly Uri _url;

        public CookieClient(Uri url)
        {
            _url = url;
            _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        }

        public async Task<string> SignInAsync(string email, string password, CancellationToken ct)
        {
            var form = await _http.GetStringAsync("/account/sign-in", ct);
            var token = Antiforgery().Match(form);
            if (!token.Success)
            {
                throw new InvalidOperationException("The sign-in page has no antiforgery token.");
            }

            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            });
            using var response = await _http.PostAsync("/account/sign-in", content, ct);
            var location = response.Headers.Location?.ToString() ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("/account/", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Signing in as {email} failed ({(int)response.StatusCode}): was the database made by generate-evaluation?");
            }

            return string.Join("; ", _cookies.GetCookies(_url).Select(c => $"{c.Name}={c.Value}"));
        }

        public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, CancellationToken ct)
        {
            using var response = await _http.GetAsync(path, ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }

        public void Dispose() => _http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Antiforgery();
    }
}
