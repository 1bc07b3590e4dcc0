using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Training.Model;

internal sealed class CompetencyDomainConfiguration : IEntityTypeConfiguration<CompetencyDomain>
{
    public void Configure(EntityTypeBuilder<CompetencyDomain> builder)
    {
        builder.ToTable("CompetencyDomains");
        builder.Property(d => d.Name).HasMaxLength(150).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> builder)
    {
        builder.ToTable("Competencies");
        builder.Property(c => c.Code).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.HasOne(c => c.Domain).WithMany(d => d.Competencies).HasForeignKey(c => c.DomainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class CompetencyLevelConfiguration : IEntityTypeConfiguration<CompetencyLevel>
{
    public void Configure(EntityTypeBuilder<CompetencyLevel> builder)
    {
        builder.ToTable("CompetencyLevels");
        builder.Property(l => l.Name).HasMaxLength(100).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(1000);
        builder.HasIndex(l => l.Rank).IsUnique();
    }
}

internal sealed class CourseCompetencyConfiguration : IEntityTypeConfiguration<CourseCompetency>
{
    public void Configure(EntityTypeBuilder<CourseCompetency> builder)
    {
        builder.ToTable("CourseCompetencies");
        builder.HasOne(c => c.Course).WithMany(c => c.Competencies).HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Competency).WithMany().HasForeignKey(c => c.CompetencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Level).WithMany().HasForeignKey(c => c.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CourseId, c.CompetencyId }).IsUnique();
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(8000).IsRequired();
        builder.Property(c => c.CpdHours).HasPrecision(5, 2);
        builder.Property(c => c.Cost).HasPrecision(8, 2);
        builder.Property(c => c.CostNote).HasMaxLength(300);
        builder.HasIndex(c => c.Title).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_Courses_CpdHours", "\"CpdHours\" >= 0"));
    }
}

internal sealed class CourseAudienceConfiguration : IEntityTypeConfiguration<CourseAudience>
{
    public void Configure(EntityTypeBuilder<CourseAudience> builder)
    {
        builder.ToTable("CourseAudiences");
        builder.HasOne(a => a.Course).WithMany(c => c.Audience).HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CourseId, a.Discipline }).IsUnique();
    }
}

internal sealed class CourseMaterialConfiguration : IEntityTypeConfiguration<CourseMaterial>
{
    public void Configure(EntityTypeBuilder<CourseMaterial> builder)
    {
        builder.ToTable("CourseMaterials");
        builder.Property(m => m.Title).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Url).HasMaxLength(1000);
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.HasOne(m => m.Course).WithMany(c => c.Materials).HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.File).WithMany().HasForeignKey(m => m.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.VenueName).HasMaxLength(200);
        builder.Property(s => s.VenueAddress).HasMaxLength(500);
        builder.Property(s => s.VenuePostcode).HasMaxLength(10);
        builder.Property(s => s.VideoLink).HasMaxLength(500);
        builder.Property(s => s.CancellationNote).HasMaxLength(1000);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Ignore(s => s.DisplayTitle);
        builder.Ignore(s => s.BookableUntil);
        builder.HasOne(s => s.Course).WithMany(c => c.Sessions).HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.StartsAt);
        builder.HasIndex(s => new { s.CourseId, s.StartsAt });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_TrainingSessions_Ends", "\"EndsAt\" > \"StartsAt\"");
            t.HasCheckConstraint("CK_TrainingSessions_Capacity", "\"Capacity\" >= 0");
        });
    }
}

internal sealed class SessionTrainerConfiguration : IEntityTypeConfiguration<SessionTrainer>
{
    public void Configure(EntityTypeBuilder<SessionTrainer> builder)
    {
        builder.ToTable("SessionTrainers");
        builder.HasOne(t => t.Session).WithMany(s => s.Trainers).HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.SessionId, t.PersonId }).IsUnique();
        builder.HasIndex(t => t.PersonId);
    }
}

internal sealed class ProgrammeItemConfiguration : IEntityTypeConfiguration<ProgrammeItem>
{
    public void Configure(EntityTypeBuilder<ProgrammeItem> builder)
    {
        builder.ToTable("ProgrammeItems");
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Speaker).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasOne(p => p.Session).WithMany(s => s.Programme).HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.Property(b => b.OfferCode).HasMaxLength(64);
        builder.Property(b => b.CancellationText).HasMaxLength(1000);
        builder.Property(b => b.NonAttendanceText).HasMaxLength(1000);
        builder.Property(b => b.TravelFromDistrict).HasMaxLength(5);
        builder.Property(b => b.TravelMiles).HasPrecision(6, 1);
        builder.Property(b => b.CertificateCode).HasMaxLength(64);
        builder.Ignore(b => b.IsActive);
        builder.HasOne(b => b.Session).WithMany(s => s.Bookings).HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Person).WithMany().HasForeignKey(b => b.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.BookedBy).WithMany().HasForeignKey(b => b.BookedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.OnBehalfOfOrganisation).WithMany().HasForeignKey(b => b.OnBehalfOfOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SessionId, b.Status });
        builder.HasIndex(b => b.PersonId);

        // A second line of defence behind the booking lock: one live booking per person and session. Enums are
        // stored by name; the quoted identifier reads the same on SQLite and PostgreSQL.
        builder.HasIndex(b => new { b.SessionId, b.PersonId }).IsUnique()
            .HasFilter("\"Status\" IN ('Booked', 'WaitListed', 'Offered')")
            .HasDatabaseName("IX_Bookings_SessionId_PersonId_Active");
        builder.HasIndex(b => b.OfferCode).IsUnique();
        builder.HasIndex(b => b.CertificateCode).IsUnique();
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("TrainingFeedback");
        builder.Property(f => f.WentWell).HasMaxLength(2000);
        builder.Property(f => f.CouldImprove).HasMaxLength(2000);
        builder.Property(f => f.PracticeChange).HasMaxLength(2000);
        builder.HasOne(f => f.Booking).WithOne(b => b.Feedback).HasForeignKey<Feedback>(f => f.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.BookingId).IsUnique();
    }
}

internal sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> builder)
    {
        builder.ToTable("NewsPosts");
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(20000).IsRequired();
        builder.Property(n => n.CreatedBy).HasMaxLength(256);
        builder.HasIndex(n => n.PublishedAt);
    }
}

internal sealed class LearnerCalendarTokenConfiguration : IEntityTypeConfiguration<LearnerCalendarToken>
{
    public void Configure(EntityTypeBuilder<LearnerCalendarToken> builder)
    {
        builder.ToTable("LearnerCalendarTokens");
        builder.Property(t => t.Token).HasMaxLength(64).IsRequired();
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.PersonId).IsUnique();
        builder.HasIndex(t => t.Token).IsUnique();
    }
}

internal sealed class WorkforceRecordConfiguration : IEntityTypeConfiguration<WorkforceRecord>
{
    public void Configure(EntityTypeBuilder<WorkforceRecord> builder)
    {
        builder.ToTable("WorkforceRecords");
        builder.HasOne(w => w.Organisation).WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.OrganisationId, w.Discipline, w.RecordedOn }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_WorkforceRecords_Headcount", "\"Headcount\" >= 0"));
    }
}

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.ToTable("DigestRuns");
        builder.HasIndex(d => new { d.PeriodFrom, d.PeriodTo }).IsUnique();
    }
}
