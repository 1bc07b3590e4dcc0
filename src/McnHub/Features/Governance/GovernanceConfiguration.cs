using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Governance;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("Groups");
        builder.Property(g => g.Name).HasMaxLength(150).IsRequired();
        builder.HasIndex(g => g.Name).IsUnique();
        builder.HasOne(g => g.Parent).WithMany(g => g.Children).HasForeignKey(g => g.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("GroupMembers");
        builder.HasOne(m => m.Group).WithMany(g => g.Members).HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.PersonId });
    }
}

internal sealed class TermsOfReferenceConfiguration : IEntityTypeConfiguration<TermsOfReference>
{
    public void Configure(EntityTypeBuilder<TermsOfReference> builder)
    {
        builder.ToTable("TermsOfReference");
        builder.Property(t => t.Purpose).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.Responsibilities).HasMaxLength(4000);
        builder.Property(t => t.MeetingFrequency).HasMaxLength(200);
        builder.Property(t => t.ReportingLine).HasMaxLength(500);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasOne(t => t.Group).WithMany(g => g.TermsOfReference).HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.GroupId, t.Number }).IsUnique();
        builder.HasIndex(t => t.ReviewDate);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.Property(m => m.Title).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.VideoLink).HasMaxLength(500);
        builder.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.StartsAt });
        builder.HasIndex(m => m.StartsAt);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.HasOne(a => a.Meeting).WithMany(m => m.AgendaItems).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AgendaPaperConfiguration : IEntityTypeConfiguration<AgendaPaper>
{
    public void Configure(EntityTypeBuilder<AgendaPaper> builder)
    {
        builder.ToTable("AgendaPapers");
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.HasOne(p => p.AgendaItem).WithMany(a => a.Papers).HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.File).WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("Attendance");
        builder.HasOne(a => a.Meeting).WithMany(m => m.Attendance).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DeputisingFor).WithMany().HasForeignKey(a => a.DeputisingForPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.ToTable("ConflictDeclarations");
        builder.Property(c => c.Nature).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Handling).HasMaxLength(1000);
        builder.HasOne(c => c.AgendaItem).WithMany(a => a.Conflicts).HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingMinutesConfiguration : IEntityTypeConfiguration<MeetingMinutes>
{
    public void Configure(EntityTypeBuilder<MeetingMinutes> builder)
    {
        builder.ToTable("MeetingMinutes");
        builder.HasOne(m => m.Meeting).WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.ApprovedAtMeeting).WithMany().HasForeignKey(m => m.ApprovedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ApprovalMovedBy).WithMany().HasForeignKey(m => m.ApprovalMovedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MeetingId).IsUnique();
        builder.HasIndex(m => m.Status);
        builder.Property(m => m.Status);
        builder.Property(m => m.CirculatedAt);
        builder.Property(m => m.ApprovedAt);
        builder.Property(m => m.ApprovedWhileNotQuorate);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingMinutesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Comments).WithOne().HasForeignKey(c => c.MeetingMinutesId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinuteItemConfiguration : IEntityTypeConfiguration<MinuteItem>
{
    public void Configure(EntityTypeBuilder<MinuteItem> builder)
    {
        builder.ToTable("MinuteItems");
        builder.Property(i => i.Text).HasMaxLength(20000);
        builder.HasOne(i => i.AgendaItem).WithMany().HasForeignKey(i => i.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Revisions).WithOne().HasForeignKey(r => r.MinuteItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.MeetingMinutesId, i.AgendaItemId }).IsUnique();
    }
}

internal sealed class MinuteRevisionConfiguration : IEntityTypeConfiguration<MinuteRevision>
{
    public void Configure(EntityTypeBuilder<MinuteRevision> builder)
    {
        builder.ToTable("MinuteRevisions");
        builder.Property(r => r.Text).HasMaxLength(20000);
        builder.Property(r => r.RevisedBy).HasMaxLength(256);
    }
}

internal sealed class MinuteCommentConfiguration : IEntityTypeConfiguration<MinuteComment>
{
    public void Configure(EntityTypeBuilder<MinuteComment> builder)
    {
        builder.ToTable("MinuteComments");
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("Decisions");
        builder.Property(d => d.Statement).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Rationale).HasMaxLength(4000);
        builder.Property(d => d.Links).HasMaxLength(2000);
        builder.HasOne(d => d.Group).WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Meeting).WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.SupersededBy).WithMany().HasForeignKey(d => d.SupersededByDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.DecidedOn);
        builder.HasIndex(d => d.ReviewDate);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("Actions");
        builder.Property(a => a.Description).HasMaxLength(2000).IsRequired();
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Group).WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.SourceMeeting).WithMany().HasForeignKey(a => a.SourceMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Decision).WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasIndex(a => a.OwnerPersonId);
    }
}

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> builder)
    {
        builder.ToTable("ActionUpdates");
        builder.Property(u => u.Text).HasMaxLength(2000).IsRequired();
        builder.Property(u => u.By).HasMaxLength(256);
    }
}

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("Risks");
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Cause).HasMaxLength(2000);
        builder.Property(r => r.Effect).HasMaxLength(2000);
        builder.Property(r => r.Controls).HasMaxLength(4000);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(r => r.ScoreBefore);
        builder.Ignore(r => r.ScoreAfter);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Risks_Scores", "\"LikelihoodBefore\" BETWEEN 1 AND 5 AND \"ImpactBefore\" BETWEEN 1 AND 5 AND \"LikelihoodAfter\" BETWEEN 1 AND 5 AND \"ImpactAfter\" BETWEEN 1 AND 5");
        });
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.ToTable("Objectives");
        builder.Property(o => o.Title).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Measures).HasMaxLength(2000);
        builder.HasOne(o => o.Owner).WithMany().HasForeignKey(o => o.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(o => o.Notes).WithOne().HasForeignKey(n => n.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.Year);
    }
}

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> builder)
    {
        builder.ToTable("ProgressNotes");
        builder.Property(n => n.Text).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.By).HasMaxLength(256);
    }
}

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.ToTable("Achievements");
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.Evidence).HasMaxLength(2000);
        builder.HasOne(a => a.Objective).WithMany().HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.Published, a.AchievedOn });
    }
}
