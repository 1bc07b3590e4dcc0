using McnHub.Platform.Data;

namespace McnHub.Platform.Cli;

/// <summary>Operations on the same executable as the web app: `McnHub migrate`, `McnHub admin …`, backup and restore.</summary>
public static class CommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "migrate", "admin", "backup", "restore" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var app = McnHubApp.Build([.. args.Skip(1).Where(a => a.StartsWith("--Database", StringComparison.OrdinalIgnoreCase))]);
        switch (args[0].ToLowerInvariant())
        {
            case "migrate":
                await DataModule.MigrateAsync(app.Services);
                Console.WriteLine("Database is up to date.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }
}
