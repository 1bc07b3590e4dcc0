using System.CommandLine;

namespace McnHub.Platform.Cli;

/// <summary>
/// Operations on the same executable as the web app: `McnHub admin …`, `McnHub migrate`, `McnHub backup`,
/// `McnHub restore`. Each command builds the same host as the app (so appsettings.json, environment variables
/// and `--Section:Key value` settings all apply) without starting the web server.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// A first argument that is a bare word (or a request for help) is a command, known or not, so a typo
    /// gets an error instead of silently starting the web server; `--urls …`, `Key=value` and `/Key value`
    /// still start the app.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "-?" or "--version" || IsWord(args[0]));

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var (settings, rest) = SplitSettings(args);
        var root = new RootCommand(
            "McnHub command-line operations. Without a command, McnHub starts the web app.\n" +
            "Settings apply as for the web app: appsettings.json, environment variables (e.g. Database__Provider=Postgres) " +
            "and --Section:Key value options anywhere on the line (e.g. --Database:ConnectionString \"Host=…\").")
        {
            AdminCommands.Create(settings),
            DatabaseCommands.Migrate(settings),
            DatabaseCommands.Backup(settings),
            DatabaseCommands.Restore(settings),
        };

        // Console.Out/Error are read now (not cached at start-up), so tests can capture them.
        var invocation = new InvocationConfiguration { Output = Console.Out, Error = Console.Error };
        return await root.Parse(rest).InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>Separates configuration settings (`--Database:Provider Postgres`, `--Email:SmtpHost=x`) from the command's own arguments.</summary>
    internal static (string[] Settings, string[] Command) SplitSettings(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (arg.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                rest.Add(arg);
            }
        }

        return ([.. settings], [.. rest]);
    }

    private static bool IsWord(string arg) =>
        arg.Length > 0 && arg[0] is not ('-' or '/') && !arg.Contains('=', StringComparison.Ordinal);
}
