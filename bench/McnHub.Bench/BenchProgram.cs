using System.CommandLine;
using System.Text.RegularExpressions;
using McnHub.Bench.Generation;
using McnHub.Bench.Load;

namespace McnHub.Bench;

/// <summary>
/// `McnHub.Bench generate …` fills an empty database with a national-scale network; `McnHub.Bench run …` measures a
/// running app. bench/run.sh does both, with the published app, in one go (see docs/benchmarks.md).
/// </summary>
public static partial class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("McnHub benchmark: a national-scale data generator and a load runner (see docs/benchmarks.md).")
        {
            GenerateCommand(),
            RunCommand(),
            ExplainCommand(),
            GenerateEvaluationCommand(),
            RunEvaluationCommand(),
        };
        return await root.Parse(args).InvokeAsync();
    }

    private static Command GenerateCommand()
    {
        var provider = new Option<BenchProvider>("--provider") { Description = "sqlite or postgres.", DefaultValueFactory = _ => BenchProvider.Sqlite };
        var connection = new Option<string>("--connection") { Description = "Connection string, e.g. \"Data Source=/tmp/bench.db\".", Required = true };
        var organisations = new Option<int>("--organisations") { DefaultValueFactory = _ => 10_000 };
        var services = new Option<int>("--services") { DefaultValueFactory = _ => 50_000 };
        var areas = new Option<int>("--areas") { DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "The same seed always generates the same network.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Apply the app's migrations to an empty database and fill it with a generated national network.")
        {
            provider, connection, organisations, services, areas, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new GeneratorOptions(parse.GetValue(organisations), parse.GetValue(services), parse.GetValue(areas), parse.GetValue(seed));
            var report = await Generator.RunAsync(parse.GetValue(provider), parse.GetRequiredValue(connection), options, Console.Out, ct: ct);
            Console.WriteLine(
                $"Generated {report.Rows["Area"]:N0} areas, {report.Rows["Organisation"]:N0} organisations and {report.Rows["Service"]:N0} services " +
                $"({report.Rows.Values.Sum():N0} rows; {report.IndexedServices:N0} services in the full-text index) in {report.Total.TotalSeconds:0.0} s " +
                $"(migrations {report.Migrate.TotalSeconds:0.0} s, building {report.Build.TotalSeconds:0.0} s, inserting {report.Insert.TotalSeconds:0.0} s).");
            return report.IndexedServices == report.Rows["Service"] ? 0 : 1;
        });
        return command;
    }

    private static Command RunCommand()
    {
        var url = new Option<string>("--url") { Description = "The running app, e.g. http://127.0.0.1:5080 (loopback only).", Required = true };
        var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "wrk threads.", DefaultValueFactory = _ => 2 };
        var duration = new Option<string>("--duration") { Description = "Per endpoint, e.g. 20s.", DefaultValueFactory = _ => "20s" };
        var warmUp = new Option<string>("--warm-up") { Description = "Per endpoint, before measuring; 0 for none.", DefaultValueFactory = _ => "5s" };
        var pid = new Option<int?>("--pid") { Description = "The app's process id, to read its memory from /proc." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the results as Markdown to this file." };
        var command = new Command("run", "Measure requests/s and latency of each endpoint with wrk, against the hello endpoint as the ceiling.")
        {
            url, connections, threads, duration, warmUp, pid, markdown,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetRequiredValue(url), UriKind.Absolute, out var target) || !target.IsLoopback)
            {
                Console.Error.WriteLine("The load runner only drives an app on this machine (a loopback address).");
                return 2;
            }

            var (d, w) = (parse.GetRequiredValue(duration), parse.GetRequiredValue(warmUp));
            if (!WrkDuration().IsMatch(d) || !WrkDuration().IsMatch(w))
            {
                Console.Error.WriteLine("Durations are a whole number with s, m or h, e.g. 20s.");
                return 2;
            }

            var options = new RunOptions(target, parse.GetValue(connections), parse.GetValue(threads), d, w, parse.GetValue(pid), parse.GetValue(markdown));
            return await LoadRunner.RunAsync(options, Console.Out, ct);
        });
        return command;
    }

    private static Command ExplainCommand()
    {
        var connection = new Option<string>("--connection") { Description = "SQLite connection string.", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Runs of each statement to time.", DefaultValueFactory = _ => 5 };
        var command = new Command("explain", "EXPLAIN QUERY PLAN and timing of the SQL on standard input (statements separated by ;;), with the app's SQLite.")
        {
            connection, repeat,
        };
        command.SetAction(async (parse, ct) =>
        {
            await Explain.RunAsync(parse.GetRequiredValue(connection), await Console.In.ReadToEndAsync(ct), Math.Max(1, parse.GetValue(repeat)), Console.Out, ct);
            return 0;
        });
        return command;
    }

    [GeneratedRegex(@"^\d{1,4}[smh]?$")]
    private static partial Regex WrkDuration();
}
