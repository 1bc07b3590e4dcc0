using System.CommandLine;
using McnHub.Bench.Generation;
using McnHub.Bench.Load;

namespace McnHub.Bench;

/// <summary>The evaluation benchmark's verbs (docs/benchmarks.md, "Evaluation").</summary>
public static partial class BenchProgram
{
    private static Command GenerateEvaluationCommand()
    {
        var provider = new Option<BenchProvider>("--provider") { Description = "sqlite or postgres.", DefaultValueFactory = _ => BenchProvider.Sqlite };
        var connection = new Option<string>("--connection") { Description = "Connection string of a database `generate` has filled.", Required = true };
        var organisations = new Option<int>("--organisations") { Description = "Organisations 1..N return the dataset.", DefaultValueFactory = _ => 1_000 };
        var elements = new Option<int>("--elements") { Description = "Data elements (at least the demo's 14).", DefaultValueFactory = _ => 40 };
        var years = new Option<int>("--years") { Description = "Years of monthly returns.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var command = new Command("generate-evaluation", "Add evaluation definitions, a co-ordinator account and years of monthly returns to a generated network.")
        {
            provider, connection, organisations, elements, years, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new EvaluationOptions(parse.GetValue(organisations), parse.GetValue(elements), parse.GetValue(years), parse.GetValue(seed));
            var report = await EvaluationGenerator.RunAsync(parse.GetValue(provider), parse.GetRequiredValue(connection), options, Console.Out, ct: ct);
            Console.WriteLine(
                $"Generated {report.Returns:N0} returns ({report.FirstPeriod} to {report.LastPeriod}) with {report.Values:N0} values in {report.Total.TotalSeconds:0.0} s " +
                $"(inserting {report.Insert.TotalSeconds:0.0} s, indexing {report.Indexes.TotalSeconds:0.0} s). Dataset id {report.DatasetId}; sign in as {EvaluationGenerator.CoordinatorEmail}.");
            return 0;
        });
        return command;
    }

    private static Command RunEvaluationCommand()
    {
        var url = new Option<string>("--url") { Description = "The running app, e.g. http://127.0.0.1:5080 (loopback only).", Required = true };
        var provider = new Option<BenchProvider>("--provider") { Description = "The app's database: sqlite or postgres.", DefaultValueFactory = _ => BenchProvider.Sqlite };
        var connection = new Option<string>("--connection") { Description = "The app's database, for the raw SQL and the change counter.", Required = true };
        var connections = new Option<int>("--connections") { Description = "wrk connections (1: the latency of one request at a time).", DefaultValueFactory = _ => 1 };
        var duration = new Option<string>("--duration") { Description = "wrk, per endpoint, e.g. 10s.", DefaultValueFactory = _ => "10s" };
        var cold = new Option<int>("--cold-runs") { Description = "Requests after a data change, per endpoint.", DefaultValueFactory = _ => 10 };
        var sqlRuns = new Option<int>("--sql-runs") { Description = "Runs of the raw SQL, per endpoint.", DefaultValueFactory = _ => 20 };
        var indicator = new Option<string>("--indicator") { DefaultValueFactory = _ => "PREF_PLACE" };
        var pid = new Option<int?>("--pid") { Description = "The app's process id, for its CPU time from /proc." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the results as Markdown to this file." };
        var command = new Command("run-evaluation", "Measure the evaluation dashboard, indicator values and the data entry form against the raw SQL of the same work.")
        {
            url, provider, connection, connections, duration, cold, sqlRuns, indicator, pid, markdown,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetRequiredValue(url), UriKind.Absolute, out var target) || !target.IsLoopback)
            {
                Console.Error.WriteLine("The load runner only drives an app on this machine (a loopback address).");
                return 2;
            }

            if (!WrkDuration().IsMatch(parse.GetRequiredValue(duration)))
            {
                Console.Error.WriteLine("Durations are a whole number with s, m or h, e.g. 10s.");
                return 2;
            }

            var options = new EvaluationRunOptions(
                target, parse.GetValue(provider), parse.GetRequiredValue(connection), Math.Max(1, parse.GetValue(connections)), parse.GetRequiredValue(duration),
                Math.Max(1, parse.GetValue(cold)), Math.Max(1, parse.GetValue(sqlRuns)), parse.GetValue(pid), parse.GetValue(markdown), parse.GetRequiredValue(indicator));
            return await EvaluationLoad.RunAsync(options, Console.Out, ct);
        });
        return command;
    }
}
