using System.Data.Common;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Cli;

/// <summary>A problem the person at the terminal can fix: shown as one clear line, exit code 1.</summary>
public sealed class CommandFailedException(string message) : Exception(message);

/// <summary>Builds the app's host for one command (never starting the web server) and reports failures plainly.</summary>
internal static class CliHost
{
    /// <summary>Log noise would bury the command's own output; warnings and errors still go to standard error.</summary>
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",

        // A failed connection or command is reported once, by the command itself (e.g. "database does not exist yet" before a migrate).
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection"] = "None",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
    };

    public static async Task<int> RunAsync(string[] settings, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct)
    {
        try
        {
            await using var app = McnHubApp.Build(settings, builder =>
            {
                // Settings given on the command line still win over the quiet defaults.
                builder.Configuration.AddInMemoryCollection(Quiet).AddCommandLine(settings);
                builder.Logging.ClearProviders();
                builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            });
            await using var scope = app.Services.CreateAsyncScope();
            await work(scope.ServiceProvider, ct);
            return 0;
        }
        catch (CommandFailedException e)
        {
            await Console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or OptionsValidationException)
        {
            // Unreachable database, bad connection string, unwritable folder: the message says what to fix.
            await Console.Error.WriteLineAsync("Error: " + Messages(e));
            return 1;
        }
    }

    private static string Messages(Exception e)
    {
        var messages = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (!messages.Contains(x.Message))
            {
                messages.Add(x.Message);
            }
        }

        return string.Join(" ", messages);
    }
}
