using PostScreen.Analysis;

namespace PostScreen.Tests.Screening;

/// <summary>Messages never repeat a detected identifier in full.</summary>
public sealed class MaskingTests
{
    [Theory]
    [InlineData("(555) 123-4534", EntityKind.Phone, "(555) ***-**34")]
    [InlineData("555-123-4534", EntityKind.Phone, "555-***-**34")]
    [InlineData("+1 212 555 0187", EntityKind.Phone, "+1 212 *** **87")]
    [InlineData("John Smith", EntityKind.Name, "J*** S****")]
    [InlineData("078-05-1123", EntityKind.Ssn, "***-**-**23")]
    [InlineData("jane.doe@example.com", EntityKind.Email, "j***.d**@e******.c**")]
    [InlineData("94-year-old", EntityKind.Age, "**-year-old")]
    [InlineData("4471902", EntityKind.Mrn, "*******")]
    public void Masks_values(string value, EntityKind kind, string expected) => Assert.Equal(expected, Masker.Mask(value, kind));

    [Fact]
    public void Messages_mask_and_show_values_reveals()
    {
        const string text = "My patient's daughter's cell is (617) 555-2368 after the surgery.";
        var masked = Screen.Post(text).Diagnostics.Single(d => d.Entity == "PHONE");
        Assert.Equal("Phone number (617) ***-**68 is linked to a patient", masked.Message);
        Assert.DoesNotContain("555-2368", masked.Message, StringComparison.Ordinal);
        var shown = PostScreener.CreateBuilder().ShowValues().Build().Screen(text).Diagnostics.Single(d => d.Entity == "PHONE");
        Assert.Contains("(617) 555-2368", shown.Message, StringComparison.Ordinal);
    }
}
