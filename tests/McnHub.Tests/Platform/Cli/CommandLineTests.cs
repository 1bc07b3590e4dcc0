using McnHub.Platform.Cli;

namespace McnHub.Tests.Platform.Cli;

[Collection(CommandLineCollection.Name)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("migrate")]
    [InlineData("admin")]
    [InlineData("backup")]
    [InlineData("frobnicate")]
    [InlineData("--help")]
    public void A_bare_word_or_a_help_request_is_a_command(string first) =>
        Assert.True(CommandLine.IsCommand([first]));

    [Theory]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("--Database:Provider", "Postgres")]
    [InlineData("Seed:Demo=false")]
    public void Settings_for_the_web_app_start_the_web_app(string first, string? second = null) =>
        Assert.False(CommandLine.IsCommand(second is null ? [first] : [first, second]));

    [Fact]
    public void No_arguments_start_the_web_app() => Assert.False(CommandLine.IsCommand([]));

    [Fact]
    public void Configuration_settings_are_taken_out_of_the_command_wherever_they_are()
    {
        var (settings, command) = CommandLine.SplitSettings(
            ["--Database:Provider", "Postgres", "backup", "--to", "x.dump", "--Database:ConnectionString=Host=db;Password=p"]);

        Assert.Equal(["--Database:Provider", "Postgres", "--Database:ConnectionString=Host=db;Password=p"], settings);
        Assert.Equal(["backup", "--to", "x.dump"], command);
    }

    [Fact]
    public async Task Help_lists_every_command_and_succeeds()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "admin", "migrate", "backup", "restore" })
        {
            Assert.Contains(command, result.Output);
        }
    }

    [Theory]
    [InlineData("admin", "create-user", "--role")]
    [InlineData("admin", "create-token", "--scope")]
    [InlineData("admin", "reset-password", "--email")]
    [InlineData("migrate", null, "migrations")]
    [InlineData("backup", null, "--to")]
    [InlineData("restore", null, "--force")]
    public async Task Every_command_explains_itself_with_help(string command, string? subcommand, string expected)
    {
        var result = await Cli.RunAsync(subcommand is null ? [command, "--help"] : [command, subcommand, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    [Fact]
    public async Task An_unknown_command_is_an_error()
    {
        var result = await Cli.RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", result.Errors);
    }

    [Fact]
    public async Task An_unknown_option_is_an_error()
    {
        var result = await Cli.RunAsync("migrate", "--colour");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'--colour'", result.Errors);
    }

    [Fact]
    public async Task A_missing_required_option_is_an_error_that_names_it()
    {
        var result = await Cli.RunAsync("admin", "create-token", "--email", "someone@example.org", "--days", "5");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--scope", result.Errors);
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_is_a_clear_error()
    {
        var result = await Cli.RunAsync("migrate", "--Database:Provider", "Postgres", "--Database:ConnectionString=", "--Database:DataFolder", Path.GetTempPath());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Database:ConnectionString is empty", result.Errors);
    }
}
