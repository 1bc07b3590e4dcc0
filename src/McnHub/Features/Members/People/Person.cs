using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Members.People;

public enum Discipline
{
    Nurse,
    Consultant,
    Doctor,
    GeneralPractitioner,
    AlliedHealthProfessional,
    Psychologist,
    SocialWorker,
    Chaplain,
    Pharmacist,
    Manager,
    Administrator,
    Other,
}

public enum OrganisationRole
{
    /// <summary>Works for the organisation.</summary>
    Staff,

    /// <summary>Named representative: may edit the organisation's profile and records.</summary>
    Lead,

    /// <summary>Enters and submits the organisation's data returns.</summary>
    DataSubmitter,
}

/// <summary>A professional known to the network (with or without a sign-in account).</summary>
public sealed class Person : IVersioned
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public Discipline Discipline { get; set; }

    public string? JobTitle { get; set; }

    /// <summary>Opted in to the professional directory that other members can search.</summary>
    public bool ListedInDirectory { get; set; }

    public bool Active { get; set; } = true;

    public DateOnly? RetiredOn { get; set; }

    public List<Affiliation> Affiliations { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A person's role at an organisation.</summary>
public sealed class Affiliation
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public OrganisationRole Role { get; set; }

    public DateOnly? Since { get; set; }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(150).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.JobTitle).HasMaxLength(150);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasIndex(p => p.FullName);
    }
}

internal sealed class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        builder.HasOne(a => a.Person).WithMany(p => p.Affiliations).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.OrganisationId, a.Role }).IsUnique();
    }
}
