namespace McnHub.Features.Home;

public static class HomeModule
{
    public static WebApplication MapHome(this WebApplication app) => app;
}
