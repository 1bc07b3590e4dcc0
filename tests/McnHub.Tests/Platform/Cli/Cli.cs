using McnHub.Platform.Cli;
using McnHub.Tests.Support;

namespace McnHub.Tests.Platform.Cli;

/// <summary>Command-line tests swap Console.Out and Console.Error, so they run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "Command line";
}

public sealed record CliResult(int ExitCode, string Output, string Errors)
{
    public string LastLine => Output.TrimEnd().Split('\n')[^1].Trim();

    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Output}\n--- err ---\n{Errors}";
}

/// <summary>Runs `McnHub …` in process, as Program.cs does, capturing what it prints.</summary>
public static class Cli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await CommandLine.RunAsync(args);
            return new CliResult(exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>Runs a command against the database of a running test app, configured through `--Section:Key` settings as an operator would.</summary>
    public static Task<CliResult> RunCliAsync(this McnHubFactory factory, params string[] args)
    {
        _ = factory.Services; // the app has started: migrated and seeded
        return RunAsync([.. args, .. Settings(factory.Database, factory.MailFolder)]);
    }

    public static string[] Settings(TestDatabase database, string mailFolder) =>
    [
        "--Database:Provider", database.Provider.ToString(),
        "--Database:ConnectionString", database.ConnectionString,
        "--Database:DataFolder", database.Folder,
        "--Email:PickupFolder", mailFolder,
        "--Email:SmtpHost=",
        "--Email:PublicBaseUrl", "https://mcnhub.test",
        "--Seed:Demo", "false",
    ];
}
