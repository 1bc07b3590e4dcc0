namespace McnHub.Features.Training.Model;

/// <summary>
/// A domain of the network's competency framework (e.g. "Symptom management"). The framework is data, not code,
/// so a network can adopt its own (or a national one) without a release.
/// </summary>
public sealed class CompetencyDomain
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int Order { get; set; }

    public List<Competency> Competencies { get; set; } = [];
}

/// <summary>One competency within a domain (e.g. "Assesses and manages pain in non-verbal children").</summary>
public sealed class Competency
{
    public int Id { get; set; }

    public int DomainId { get; set; }

    public CompetencyDomain? Domain { get; set; }

    /// <summary>Short reference used in the framework's own documents, e.g. "SM2".</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int Order { get; set; }
}

/// <summary>
/// A level of the framework (e.g. "Level 1: all staff", "Level 4: specialist"), ordered by <see cref="Rank"/>.
/// Data, like the domains: frameworks differ in how many levels they have.
/// </summary>
public sealed class CompetencyLevel
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>1 = most general; higher = more specialised.</summary>
    public int Rank { get; set; }
}

/// <summary>A competency a course addresses, and at which framework level.</summary>
public sealed class CourseCompetency
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course? Course { get; set; }

    public int CompetencyId { get; set; }

    public Competency? Competency { get; set; }

    public int? LevelId { get; set; }

    public CompetencyLevel? Level { get; set; }
}
