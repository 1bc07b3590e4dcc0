using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;

namespace McnHub.Features.Training.Demo;

public static partial class DemoTraining
{
    private static readonly string[] Venues = ["Kingfisher Children's Hospice, Education Centre", "Riverlands General Hospital, Postgraduate Centre", "Millbrook Community Hub"];
    private static readonly string[] VenuePostcodes = ["RV1 2AB", "RV3 4CD", "RV7 1EF"];

    private static List<TrainingSession> Programme(List<Course> courses, List<DemoPerson> people, List<int> trainers, DateOnly today)
    {
        var random = new Random(20261126);
        var sessions = new List<TrainingSession>();
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-6);
        var member = people.Single(p => p.Email == "member@riverlands.example");
        for (var m = 0; m < 12; m++)
        {
            var month = first.AddMonths(m);
            for (var k = 0; k < 2; k++)
            {
                var course = courses[(m * 2 + k) % (courses.Count - 1)];
                var studyDay = k == 1 && m % 6 == 3;
                if (studyDay)
                {
                    course = courses[^1];
                }

                var day = month.AddDays(8 + k * 13);
                var session = Session(course, day, studyDay, sessions.Count, trainers);
                var past = day < today;
                var capacity = session.Capacity;

                // A pattern worth analysing: in-person sessions lose more people to release from work and travel.
                var inPerson = session.Format is TrainingFormat.InPerson;
                var fill = past ? random.Next(capacity * 3 / 4, capacity + 1) : m == 7 && k == 0 ? capacity : random.Next(capacity / 3, capacity * 3 / 4);
                var chosen = people.Where(p => p.Id != member.Id).OrderBy(_ => random.Next()).Take(fill + 6).ToList();
                var n = 0;
                foreach (var p in chosen.Take(fill))
                {
                    var b = NewBooking(session, p, day, random);
                    if (past)
                    {
                        Attend(b, inPerson, random, n++);
                    }

                    session.Bookings.Add(b);
                }

                // Cancellations with their reasons, before the session.
                foreach (var p in chosen.Skip(fill).Take(2))
                {
                    var b = NewBooking(session, p, day, random);
                    b.Status = BookingStatus.Cancelled;
                    b.CancelledAt = b.RequestedAt.AddDays(random.Next(1, 10));
                    b.CancelledByPersonId = p.Id;
                    b.CancellationReason = inPerson
                        ? (random.Next(3) == 0 ? BarrierReason.Travel : BarrierReason.ReleaseFromWork)
                        : (random.Next(2) == 0 ? BarrierReason.Timing : BarrierReason.Illness);
                    b.CancellationText = b.CancellationReason == BarrierReason.ReleaseFromWork ? "Ward short-staffed that day" : null;
                    session.Bookings.Add(b);
                }

                // The full session next month: a waiting list of three, in the order they joined.
                if (!past && fill == capacity)
                {
                    var queue = chosen.Skip(fill + 2).Take(3).ToList();
                    for (var q = 0; q < queue.Count; q++)
                    {
                        var b = NewBooking(session, queue[q], day, random);
                        b.Status = BookingStatus.WaitListed;
                        b.WaitListedAt = b.RequestedAt = DateTime.UtcNow.AddDays(-5 + q);
                        session.Bookings.Add(b);
                    }
                }

                if (m == 5 && k == 0)
                {
                    var b = NewBooking(session, member, day, random);
                    Attend(b, inPerson, random, 0);
                    session.Bookings.Add(b);
                }

                if (m == 8 && k == 0)
                {
                    session.Bookings.Add(NewBooking(session, member, day, random));
                }

                sessions.Add(session);
            }
        }

        return sessions;
    }

    private static TrainingSession Session(Course course, DateOnly day, bool studyDay, int index, List<int> trainers)
    {
        var hours = (double)Math.Max(course.CpdHours, 2);
        var start = MeetingTime.ToUtc(day, 9, 30);
        var format = course.Format == TrainingFormat.InPerson && index % 5 == 4 ? TrainingFormat.Virtual : course.Format;
        var online = format is TrainingFormat.Virtual or TrainingFormat.ELearning or TrainingFormat.Hybrid;
        var onSite = format is TrainingFormat.InPerson or TrainingFormat.Hybrid;
        var session = new TrainingSession
        {
            Course = course,
            Kind = studyDay ? SessionKind.StudyDay : SessionKind.Course,
            Title = studyDay ? (day.Month < 7 ? "Spring study day: living well with complex needs" : "Autumn study day: transitions") : null,
            StartsAt = start,
            EndsAt = start.AddHours(hours + (hours >= 6 ? 1 : 0)),
            Format = format,
            VenueName = onSite ? Venues[index % Venues.Length] : null,
            VenueAddress = onSite ? "Riverlands" : null,
            VenuePostcode = onSite ? VenuePostcodes[index % VenuePostcodes.Length] : null,
            VideoLink = online ? $"https://video.riverlands.example/training/{index + 1}" : null,
            Capacity = studyDay ? 40 : format == TrainingFormat.InPerson ? 12 + (index % 3) * 4 : 24,
            BookingDeadline = MeetingTime.ToUtc(day.AddDays(-3), 17, 0),
            Trainers = [new SessionTrainer { PersonId = trainers[index % trainers.Count] }],
        };
        if (studyDay)
        {
            string[] parts = ["Welcome and network news", "Keynote: what families tell us", "Workshops (choose one)", "Lunch and networking", "Case reviews", "Close"];
            session.Programme = parts.Select((t, i) => new ProgrammeItem { Order = i + 1, Title = t, StartsAt = start.AddMinutes(i * 70), DurationMinutes = 60 }).ToList();
        }

        return session;
    }

    private static Booking NewBooking(TrainingSession session, DemoPerson p, DateOnly day, Random random)
    {
        var requested = session.StartsAt.AddDays(-random.Next(10, 50));
        return new Booking
        {
            PersonId = p.Id,
            BookedByPersonId = p.Id,
            Status = BookingStatus.Booked,
            RequestedAt = requested,
            ConfirmedAt = requested,
            TravelMiles = session.Format == TrainingFormat.InPerson && random.Next(3) == 0 ? random.Next(2, 45) : null,
            TravelMilesStated = true,
        };
    }

    private static void Attend(Booking b, bool inPerson, Random random, int n)
    {
        var roll = random.Next(100);
        var missed = inPerson ? 18 : 8;
        b.AttendanceMarkedAt = b.RequestedAt.AddDays(60);
        if (roll >= missed)
        {
            b.Attendance = AttendanceOutcome.Attended;
            b.CertificateCode = TrainingCodes.New();
            b.CertificateIssuedAt = b.AttendanceMarkedAt;
            if (n % 3 != 2)
            {
                b.Feedback = new Model.Feedback
                {
                    SubmittedAt = b.AttendanceMarkedAt.Value,
                    Overall = 3 + random.Next(3), Relevance = 3 + random.Next(3), Trainers = 4 + random.Next(2), Organisation = 2 + random.Next(4),
                    ConfidenceBefore = 1 + random.Next(3), ConfidenceAfter = 3 + random.Next(3),
                    WentWell = n % 2 == 0 ? "Real case studies and time to talk with colleagues." : null,
                };
            }

            return;
        }

        b.Attendance = roll < missed / 3 ? AttendanceOutcome.CancelledLate : AttendanceOutcome.DidNotAttend;
        b.NonAttendanceReason = inPerson ? (roll % 2 == 0 ? BarrierReason.ReleaseFromWork : BarrierReason.Travel) : BarrierReason.Timing;
    }
}
