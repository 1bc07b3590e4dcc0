using McnHub.Platform.Files;

namespace McnHub.Features.Governance.Meetings;

public static class FileStoreHint
{
    public static string Text => $"A {FileStore.AllowedDescription}, up to 10 MB.";
}
