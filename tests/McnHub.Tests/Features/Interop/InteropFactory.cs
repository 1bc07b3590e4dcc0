using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Interop;

/// <summary>The app with the demo network plus <see cref="TestDirectory"/>'s services, taxonomy and people, seeded once.</summary>
public class InteropFactory : McnHubFactory, IAsyncLifetime
{
    public InteropFactory()
        : this(Provider.Sqlite)
    {
    }

    protected InteropFactory(Provider provider)
        : base(provider)
    {
    }

    public TestDirectory Directory { get; private set; } = null!;

    public async Task InitializeAsync() => Directory = await TestDirectory.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class PostgresInteropFactory() : InteropFactory(Provider.Postgres);

/// <summary>The SQLite interop test classes share one app: they only read what <see cref="TestDirectory"/> seeded.</summary>
[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<InteropFactory>
{
    public const string Name = "Interop";
}
