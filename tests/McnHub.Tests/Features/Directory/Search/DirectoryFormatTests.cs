using McnHub.Features.Directory.Search;

namespace McnHub.Tests.Features.Directory.Search;

public sealed class DirectoryFormatTests
{
    [Theory]
    [InlineData(null, null, "All ages")]
    [InlineData(0, 0, "Babies under 1 year old")]
    [InlineData(0, 1, "From birth to 1 year")]
    [InlineData(null, 18, "From birth to 18 years")]
    [InlineData(16, null, "From 16 years")]
    [InlineData(16, 25, "16 to 25 years")]
    public void Age_ranges_read_as_a_family_would_say_them(int? minimum, int? maximum, string expected) =>
        Assert.Equal(expected, DirectoryFormat.Ages(minimum, maximum));
}
