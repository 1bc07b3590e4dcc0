using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Training.Bookings;

/// <summary>Settings under "Training" in appsettings.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>How long a person offered a freed place has to accept it.</summary>
    [Range(1, 24 * 14)]
    public int OfferExpiryHours { get; set; } = 48;

    /// <summary>Reminder emails go this long before a session starts.</summary>
    [Range(1, 24 * 14)]
    public int ReminderHoursBefore { get; set; } = 48;

    /// <summary>How often the background sweep passes on expired offers and sends reminders.</summary>
    [Range(1, 24 * 60)]
    public int SweepMinutes { get; set; } = 15;
}
