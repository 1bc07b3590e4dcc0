using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;

namespace McnHub.Features.Training.Demo;

public static partial class DemoTraining
{
    private static List<Course> Courses(Dictionary<string, Competency> competencies, List<CompetencyLevel> levels)
    {
        Course C(string title, CourseLevel level, TrainingFormat format, decimal hours, decimal cost, string description, string[] codes, Discipline[] audience, int level1To4)
        {
            var course = new Course
            {
                Title = title, Level = level, Format = format, CpdHours = hours, Cost = cost, Description = description,
                CostNote = cost == 0 ? "Free to staff of member organisations" : "Discounted for member organisations",
                Competencies = codes.Select(c => new CourseCompetency { Competency = competencies[c], Level = levels[level1To4 - 1] }).ToList(),
                Audience = audience.Select(d => new CourseAudience { Discipline = d }).ToList(),
            };
            course.Materials.Add(new CourseMaterial
            {
                Kind = MaterialKind.Link, Title = "Reading list", Url = "https://www.togetherforshortlives.org.uk/", Order = 1,
                Description = "Guides and standards from Together for Short Lives to read before the course.",
            });
            if (format is TrainingFormat.Virtual or TrainingFormat.ELearning)
            {
                course.Materials.Add(new CourseMaterial
                {
                    Kind = MaterialKind.Recording, Title = "Recording of the last session", Url = "https://video.riverlands.example/recordings/" + course.Title.Length,
                    DurationMinutes = (int)(hours * 60), Visibility = MaterialVisibility.Attendees, Order = 2,
                    Description = "For people who booked on the course: watch again, or catch up on a session you missed.",
                });
            }
            else
            {
                course.Materials.Add(new CourseMaterial
                {
                    Kind = MaterialKind.Link, Title = "Members' discussion forum", Url = "https://forum.riverlands.example/training/" + course.Title.Length,
                    Visibility = MaterialVisibility.SignedIn, Order = 2, Description = "Questions and cases from past courses, for members of the network.",
                });
            }

            return course;
        }

        Discipline[] clinical = [Discipline.Nurse, Discipline.Doctor, Discipline.Consultant, Discipline.GeneralPractitioner];
        Discipline[] everyone = [];
        return
        [
            C("Introduction to children's palliative care", CourseLevel.Foundation, TrainingFormat.ELearning, 2, 0,
                "What children's palliative care is, who it is for and how the Riverlands network works. Self-paced, with a live question time.", ["CR1", "AC1"], everyone, 1),
            C("Communication skills: difficult conversations", CourseLevel.Core, TrainingFormat.InPerson, 6, 0,
                "A practical day with actors: breaking bad news, talking about prognosis, and supporting parents' hopes and worries.", ["CR1", "CR2"], everyone, 2),
            C("Pain assessment in non-verbal children", CourseLevel.Core, TrainingFormat.Virtual, 3, 0,
                "Tools such as the Paediatric Pain Profile and FLACC, with case studies.", ["SM1"], clinical, 2),
            C("Symptom management masterclass", CourseLevel.Specialist, TrainingFormat.InPerson, 6, 60,
                "Complex symptoms at the end of life: refractory pain, seizures, agitation and breathlessness.", ["SM2", "EL1"], clinical, 4),
            C("Syringe driver competency", CourseLevel.Core, TrainingFormat.InPerson, 4, 0,
                "Setting up and checking a syringe driver, compatibility of medicines, record keeping. Assessed practical.", ["SM3"], [Discipline.Nurse], 3),
            C("Advance care planning in practice", CourseLevel.Core, TrainingFormat.Hybrid, 3.5m, 0,
                "Leading parallel planning conversations and using the regional advance care plan form.", ["AC1", "AC2", "AC3"], everyone, 3),
            C("Bereavement support for families and siblings", CourseLevel.Foundation, TrainingFormat.Virtual, 2, 0,
                "What helps bereaved parents and siblings, and where to signpost them.", ["EL3"], everyone, 1),
            C("Care after death and cold rooms", CourseLevel.Core, TrainingFormat.InPerson, 3, 0,
                "Caring for a child's body, cold rooms and cooling blankets, and the legal steps after death.", ["EL2"], [Discipline.Nurse, Discipline.Chaplain, Discipline.SocialWorker], 2),
            C("Transition to adult services", CourseLevel.Specialist, TrainingFormat.Virtual, 2.5m, 0,
                "Planning transition from 14, joint clinics, and what adult services need to know.", ["TP1", "TP2"], clinical, 3),
            C("Riverlands study day", CourseLevel.Core, TrainingFormat.InPerson, 6, 25,
                "The network's twice-yearly study day: talks, workshops and time to meet colleagues.", ["CR1", "AC2", "TP2"], everyone, 2),
        ];
    }
}
