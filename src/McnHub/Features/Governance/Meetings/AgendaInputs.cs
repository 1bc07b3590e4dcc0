namespace McnHub.Features.Governance.Meetings;

public sealed class AgendaItemInput
{
    public string? Title { get; set; }

    public int? OwnerPersonId { get; set; }

    public int? DurationMinutes { get; set; }

    public AgendaPurpose Purpose { get; set; } = AgendaPurpose.ForDiscussion;
}

public sealed class PaperInput
{
    public int? ItemId { get; set; }

    public string? Title { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class ConflictInput
{
    public int? ItemId { get; set; }

    public int? PersonId { get; set; }

    public string? Nature { get; set; }

    public string? Handling { get; set; }
}
