namespace McnHub.Features.Governance.Meetings;

public interface IMeetingFormPage
{
    MeetingInput Input { get; }

    bool Editing { get; }
}
