namespace PostScreen.Tests.Recognizers;

/// <summary>Near-misses and validation failures must not match; unlinked identifiers must not be PHI.</summary>
public sealed class RecognizerNegativeTests
{
    [Theory]
    [InlineData("@maria_icu you need a vacation more than anyone I know")]
    [InlineData("@sepsis_sam you need to see the new espresso machine on 4B")]
    [InlineData("@sarah_k85 so sorry about your dad. Thinking of you all.")]          // a relative is no health detail
    [InlineData("@icu_sam you need to write up that case series, it's publishable")]  // nor is "case"
    public void A_handle_addressed_with_no_health_detail_outside_handles_is_not_a_patients(string text) =>
        Assert.DoesNotContain(Screen.Entities(text, "HANDLE"), e => e.Id == "PS1021");

    [Theory]
    [InlineData("Grand rounds today: Dr. Lee on managing delirium in the elderly. Noon, room B.")]
    [InlineData("Sepsis in bed C, stroke alert in bay A, and patient X is the textbook case.")]
    public void A_lone_letter_after_room_bed_or_patient_is_not_a_name(string text) =>
        Assert.DoesNotContain(Screen.Entities(text, "NAME"), e => e.Value.Length == 1);

    [Theory]
    [InlineData("Please don't post photos of patients' x-rays, even without names. It's still a breach.")]
    [InlineData("Reminder: no patient photos, no patient stories with details, no room numbers on social media.")]
    [InlineData("Never share any patient's scan in a group chat.")]
    public void A_rule_about_patients_images_in_general_is_no_photo_reference(string text) =>
        Assert.Empty(Screen.Entities(text, "PHOTO"));

    [Theory]
    [InlineData("Nan's been muddled and off her food since Saturday. GP or 111?")] // "nan" is a grandmother here, though a given name too
    [InlineData("Took Nan to the fracture clinic this morning, her wrist is in plaster.")]
    public void A_grandmother_called_nan_is_not_a_name(string text) =>
        Assert.Empty(Screen.Entities(text, "NAME"));

    [Theory]
    [InlineData("We're proud to announce that St. Vincent's has opened a new 24-bed cardiac unit.")]
    [InlineData("Transferred to Saint Luke's for the cath lab after the scan.")]
    [InlineData("Evacuated a hiker from Mt. Helen with a fractured ankle.")]
    public void A_first_name_after_saint_or_mount_is_a_place_not_a_person(string text) =>
        Assert.Empty(Screen.Entities(text, "NAME"));

    [Theory]
    [InlineData("Grateful for Nurse Kelly on the oncology floor, who remembered my son's favourite dinosaur every day.", "Kelly")]
    [InlineData("Our chaplain, Father Michael, is available 24/7 for patients and families.", "Michael")]
    public void A_clinician_or_chaplain_named_by_role_is_not_a_patient(string text, string value)
    {
        var name = Assert.Single(Screen.Entities(text, "NAME"));
        Assert.Equal("PS1500", name.Id);
        Assert.Equal(value, name.Value);
    }

    [Fact]
    public void A_donor_thanked_by_title_is_not_a_patient() =>
        Assert.Equal([("PS1500", "Okafor")], Screen.Entities("Mr. Okafor, thank you for your generous donation to the children's ward.", "NAME"));

    [Fact]
    public void A_verb_of_care_that_is_a_treat_to_lunch_links_no_one() =>
        Assert.Equal([("PS1500", "Linda Morris")], Screen.Entities("Linda Morris treated us to lunch. Great team!", "NAME"));

    [Theory]
    [InlineData("Patient SSN 000-12-3456 in the chart.")]
    [InlineData("Patient SSN 666-12-3456 in the chart.")]
    [InlineData("Patient SSN 912-12-3456 in the chart.")]
    [InlineData("Patient SSN 123-00-4567 in the chart.")]
    [InlineData("Patient SSN 123-45-0000 in the chart.")]
    [InlineData("Patient SSN 078-05-1120 in the chart.")]
    public void Invalid_ssns_are_not_ssns(string text) => Assert.Empty(Screen.Entities(text, "SSN"));

    [Theory]
    [InlineData("Patient called from 123-456-7890 after surgery.")] // area code starts with 1
    [InlineData("Patient called from 911-555-0142 after surgery.")] // N11 area code
    [InlineData("Patient called from 555-123-4567 after surgery.")] // exchange starts with 1
    public void Phone_numbers_break_nanp_rules(string text) => Assert.Empty(Screen.Entities(text, "PHONE"));

    [Theory]
    [InlineData("Patient paid with 4111 1111 1111 1112 for surgery.")] // Luhn fails
    public void Cards_fail_luhn(string text) => Assert.Empty(Screen.Entities(text, "ACCOUNT"));

    [Theory]
    [InlineData("Patient wrote 1HGCM82633A004353 in the ED.")] // check digit wrong, and no cue
    public void Vins_fail_check_digit(string text) => Assert.Empty(Screen.Entities(text, "VEHICLE"));

    [Theory]
    [InlineData("Code 1SG4-TE5-MK73 printed on the patient's wristband.")] // S is excluded
    [InlineData("Code AEG4-TE5-MK73 printed on the patient's wristband.")] // first must be a digit
    public void Invalid_mbis_are_not_health_plan_numbers(string text) => Assert.DoesNotContain(Screen.Entities(text, "HEALTH_PLAN"), e => e.Value.Contains("TE5"));

    [Theory]
    [InlineData("Patient login from 192.168.300.1 after surgery.")]
    [InlineData("Release 1.2.3.4.5 of the patient app is out.")]
    public void Invalid_ipv4_is_not_ip(string text) => Assert.Empty(Screen.Entities(text, "IP"));

    [Theory]
    [InlineData("Patient admitted on 02/30/2024 with sepsis.")] // no Feb 30
    [InlineData("Patient admitted in 2019 with sepsis.")] // a year alone
    [InlineData("Nurses work 24/7 for every patient.")]
    [InlineData("Patient BP 120/80 after surgery.")]
    [InlineData("Patient in cubicle 6 rated her pain 11/10 between bites of a pasty.")] // a score out of ten
    [InlineData("Patient's pain 8/10 since the op.")]
    [InlineData("Patient may go home; we march on.")]
    public void Not_date_elements(string text) => Assert.Empty(Screen.Entities(text, "DATE"));

    [Theory]
    [InlineData("My 89-year-old patient was admitted.")]
    [InlineData("Patient aged 45 admitted.")]
    [InlineData("Music from the 90s is playing on the ward for my patient.")]
    public void Ages_up_to_89_and_decades_are_not_ages(string text) => Assert.Empty(Screen.Entities(text, "AGE"));

    [Theory]
    [InlineData("Reminder: flu shots are walk-in this week. Questions? Call our clinic at (617) 555-0100.")]
    [InlineData("Great talk by Dr. Chen on sepsis bundles at grand rounds today.")]
    [InlineData("Dr. Maria Lopez has joined our team!")]
    [InlineData("Spent the weekend hiking near Duluth. Back on call tomorrow.")]
    [InlineData("In 2019 we started a sepsis quality project. Mortality fell 12% by 2021.")]
    [InlineData("Flu cases in Cook County rose 20% this week according to the county health department.")]
    [InlineData("The FDA approved the new RSV vaccine on March 15. Ask your own doctor.")]
    [InlineData("Residents aged 90 and older make up 2% of the county population.")]
    [InlineData("Read the CDC guidance at cdc.gov/flu before the season starts.")]
    [InlineData("Thanks @DrChenMD for the excellent thread on heart failure meds.")]
    public void Hard_negatives_raise_no_phi(string text)
    {
        var result = Screen.Post(text);
        Assert.Empty(Screen.Phi(result));
        Assert.Equal(Verdict.Pass, result.Verdict);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void Clinic_phone_is_reported_as_unlinked_identifier_at_info()
    {
        var result = Screen.Post("Questions? Call our clinic at (617) 555-0100.");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PS1500", d.Id);
        Assert.Equal(DiagnosticCategory.Identifier, d.Category);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("PHONE", d.Entity);
        Assert.Equal(new TextSpan(30, 14), d.Span);
        Assert.Empty(d.Fixes);
    }
}
