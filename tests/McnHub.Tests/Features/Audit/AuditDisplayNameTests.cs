using McnHub.Features.Audit;

namespace McnHub.Tests.Features.Audit;

public class AuditDisplayNameTests
{
    [Theory]
    [InlineData("ApplicationUser", "User account")]
    [InlineData("IdentityUserRole`1", "Role membership")]
    [InlineData("IdentityUserLogin`1", "Single sign-on link")]
    [InlineData("ServiceLocation", "Service location")]
    [InlineData("Organisation", "Organisation")]
    [InlineData("PersonalAccessToken", "Personal access token")]
    public void Record_types_read_as_words_not_code_names(string entity, string expected) =>
        Assert.Equal(expected, IndexModel.DisplayName(entity));
}
