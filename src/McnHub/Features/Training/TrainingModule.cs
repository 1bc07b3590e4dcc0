using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Catalogue;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace McnHub.Features.Training;

/// <summary>Education and training: courses, sessions, booking and waiting lists, calendars, my learning, the public API.</summary>
public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TrainingMail>();
        services.AddScoped<WaitingList>();
        services.AddScoped<BookingService>();
        services.AddSingleton<TrainingSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingSweep>());
        return services;
    }

    public static WebApplication MapTraining(this WebApplication app)
    {
        app.MapTrainingEndpoints();
        return app;
    }
}
