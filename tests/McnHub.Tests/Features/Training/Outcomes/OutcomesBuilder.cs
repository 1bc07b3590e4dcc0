using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>Courses, sessions and bookings made directly in the database for the training-outcome tests.</summary>
internal static class OutcomesBuilder
{
    public static Task<int> CreateCourseAsync(this McnHubFactory factory, decimal cpdHours = 3, CourseLevel level = CourseLevel.Core) =>
        factory.WithDbAsync(async db =>
        {
            var course = new Course { Title = "Outcomes course " + Guid.NewGuid().ToString("N")[..8], Description = "Testing", Level = level, CpdHours = cpdHours, Format = TrainingFormat.InPerson };
            db.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    public static Task<int> CreateSessionAsync(this McnHubFactory factory, int courseId, DateTime startsAt, TrainingFormat format = TrainingFormat.InPerson, int capacity = 20, int[]? trainers = null, string? postcode = null) =>
        factory.WithDbAsync(async db =>
        {
            var session = new TrainingSession
            {
                CourseId = courseId,
                StartsAt = startsAt,
                EndsAt = startsAt.AddHours(3),
                Format = format,
                Capacity = capacity,
                VenuePostcode = postcode,
                Trainers = (trainers ?? []).Select(p => new SessionTrainer { PersonId = p }).ToList(),
            };
            db.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    public static Task<int> CreateBookingAsync(this McnHubFactory factory, int sessionId, int personId, Action<Booking>? change = null) =>
        factory.WithDbAsync(async db =>
        {
            var booking = new Booking { SessionId = sessionId, PersonId = personId, Status = BookingStatus.Booked, RequestedAt = DateTime.UtcNow.AddDays(-20), ConfirmedAt = DateTime.UtcNow.AddDays(-20) };
            change?.Invoke(booking);
            db.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    /// <summary>A person without an account, optionally working for an organisation.</summary>
    public static Task<int> CreatePlainPersonAsync(this McnHubFactory factory, string name = "Learner", Discipline discipline = Discipline.Nurse, int? organisationId = null) =>
        factory.WithDbAsync(async db =>
        {
            var person = new Person { FullName = $"{name} {Guid.NewGuid().ToString("N")[..6]}", Email = $"learner.{Guid.NewGuid():N}@test.example", Discipline = discipline };
            if (organisationId is { } org)
            {
                person.Affiliations.Add(new Affiliation { OrganisationId = org, Role = OrganisationRole.Staff });
            }

            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task<int> CreateOrganisationAsync(this McnHubFactory factory, OrganisationType type = OrganisationType.ChildrensHospice, Sector sector = Sector.NonNhs) =>
        factory.WithDbAsync(async db =>
        {
            var org = new Organisation { Name = "Outcomes org " + Guid.NewGuid().ToString("N")[..8], Type = type, Sector = sector, Status = MembershipStatus.Member, StatusSince = new DateOnly(2024, 1, 1) };
            db.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });

    public static Task<Booking> LoadBookingAsync(this McnHubFactory factory, int id) =>
        factory.WithDbAsync(db => Task.FromResult(db.Set<Booking>().Single(b => b.Id == id)));

    public static Task<int> PersonIdOfAsync(this McnHubFactory factory, string email) =>
        factory.WithDbAsync(db => Task.FromResult(db.Set<Person>().Single(p => p.Email == email).Id));

    public static AppDbContext Db(this IServiceProvider sp) => (AppDbContext)sp.GetService(typeof(AppDbContext))!;
}
