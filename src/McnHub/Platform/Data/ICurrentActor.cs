namespace McnHub.Platform.Data;

/// <summary>Who is making a change, for the audit trail.</summary>
public interface ICurrentActor
{
    string? UserId { get; }

    string UserName { get; }
}

public sealed class SystemActor(string name = "system") : ICurrentActor
{
    public string? UserId => null;

    public string UserName => name;
}
