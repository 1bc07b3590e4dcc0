using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace McnHub.Tests.Support;

/// <summary>
/// The suite starts well over a hundred app hosts (one or more per test class, and the command-line tests' own).
/// By default each watches its appsettings files with an inotify instance, and Linux allows 128 per user: past that,
/// a host fails to start ("The configured user limit (128) on the number of inotify instances has been reached").
/// Tests never edit configuration files, so the hosts made here do not reload configuration, and any file watching
/// left polls instead of using inotify. Set before any host is built (when this assembly loads).
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the settings must be in place before the test framework builds any host.")]
    internal static void Initialise()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
