using McnHub;
using McnHub.Platform.Cli;

// `McnHub admin …`, `McnHub migrate`, `McnHub backup …`: operations on the same executable.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = McnHubApp.Build(args);
await app.PrepareDatabaseAsync();
app.UseMcnHub();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
