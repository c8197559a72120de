namespace PostScreen.Tests.Recognizers;

/// <summary>Each recognizer finds its identifier with the exact span, linked to the patient in the post.</summary>
public sealed class RecognizerPositiveTests
{
    [Theory]
    [InlineData("Pt's daughter cell is (617) 555-2368, call after the surgery.", "PHONE", "(617) 555-2368", "PS1007")]
    [InlineData("My patient gave me +1 212 555 0187 before her biopsy.", "PHONE", "+1 212 555 0187", "PS1007")]
    [InlineData("Patient's son: 07700 900123, admitted for sepsis.", "PHONE", "07700 900123", "PS1007")]
    [InlineData("Patient wants results faxed, fax 617-555-0142 after the scan.", "FAX", "617-555-0142", "PS1008")]
    [InlineData("Patient emailed me from jt_brooks@outlook.com about her chemo.", "EMAIL", "jt_brooks@outlook.com", "PS1009")]
    [InlineData("Patient wrote rpatel88 at gmail dot com on the intake form after the stroke.", "EMAIL", "rpatel88 at gmail dot com", "PS1009")]
    [InlineData("Patient gave SSN 078-05-1123 at triage.", "SSN", "078-05-1123", "PS1010")]
    [InlineData("Patient MRN 4471902 pulled the wrong chart.", "MRN", "4471902", "PS1011")]
    [InlineData("Her Medicare number 1EG4-TE5-MK73 was rejected for the patient's insulin.", "HEALTH_PLAN", "1EG4-TE5-MK73", "PS1012")]
    [InlineData("Patient paid with 4111 1111 1111 1111 then cancelled surgery.", "ACCOUNT", "4111 1111 1111 1111", "PS1013")]
    [InlineData("Patient's driver's license D1234567 left in the trauma bay.", "LICENSE", "D1234567", "PS1014")]
    [InlineData("Patient's car VIN 1HGCM82633A004352 in the ED lot after his overdose.", "VEHICLE", "1HGCM82633A004352", "PS1015")]
    [InlineData("Pacemaker serial PJN441920X recalled for my patient.", "DEVICE", "PJN441920X", "PS1016")]
    [InlineData("Patient's daughter set up gofundme.com/f/help-dorothy-heal for his chemo.", "URL", "gofundme.com/f/help-dorothy-heal", "PS1017")]
    [InlineData("Patient portal login came from IP 192.168.14.201 after his surgery.", "IP", "192.168.14.201", "PS1018")]
    [InlineData("Patient portal login came from 2001:db8::8a2e:370:7334 after his surgery.", "IP", "2001:db8::8a2e:370:7334", "PS1018")]
    [InlineData("Patient portal login came from ::1 after his surgery.", "IP", "::1", "PS1018")]
    [InlineData("Glucose meter MAC 00:1A:2B:3C:4D:5E belongs to my diabetic patient.", "DEVICE", "00:1A:2B:3C:4D:5E", "PS1016")]
    [InlineData("Pump address 0012.3456.789A belongs to my diabetic patient.", "DEVICE", "0012.3456.789A", "PS1016")]
    [InlineData("The ICU took fingerprints from the unidentified trauma patient.", "BIOMETRIC", "fingerprints", "PS1019")]
    [InlineData("Posted a pic of my patient's x-ray to the group chat.", "PHOTO", "pic", "PS1020")]
    [InlineData("Posted photos of my patients' x-rays to the group chat.", "PHOTO", "photos", "PS1020")]
    [InlineData("Here's a photo of my nan's leg ulcer, is it infected?", "PHOTO", "photo", "PS1020")] // a relative's image with a health detail
    [InlineData("@jenny_k84 your A1c of 9.4 means you need more insulin.", "HANDLE", "@jenny_k84", "PS1021")]
    [InlineData("Chart note: patient case #CL-20931 needs follow-up after the seizure.", "OTHER_ID", "CL-20931", "PS1022")]
    public void Finds_direct_identifiers_with_exact_spans(string text, string entity, string value, string id)
    {
        var found = Screen.Entities(text, entity);
        Assert.Contains((id, value), found);
    }

    [Theory]
    [InlineData("My 94-year-old patient was admitted.", "94-year-old")]
    [InlineData("Patient aged 91 admitted with pneumonia.", "91")]
    [InlineData("Patient turned 103 in the ICU today.", "103")]
    [InlineData("Our 97 yo patient fell again.", "97 yo")]
    [InlineData("Our 93yo patient fell again.", "93yo")]
    [InlineData("My patient's 90th birthday is on the ward today.", "90th")]
    [InlineData("My ninety-four-year-old patient is home.", "ninety-four-year-old")]
    [InlineData("Patient is 96 years old and on dialysis.", "96 years old")]
    public void Finds_ages_over_89(string text, string value) =>
        Assert.Contains(("PS1006", value), Screen.Entities(text, "AGE"));

    [Theory]
    [InlineData("Patient admitted on March 3 with sepsis.", "March 3")]
    [InlineData("Patient seen Jan 5th for the rash.", "Jan 5th")]
    [InlineData("Patient DOB 04/17/1956, admitted for chest pain.", "04/17/1956")]
    [InlineData("Patient discharged 11/02 after surgery.", "11/02")]
    [InlineData("Patient seen on 8/10 for her pain review.", "8/10")] // the score word comes after
    [InlineData("Patient admitted March 3, 2021 with a stroke.", "March 3, 2021")]
    [InlineData("Patient's surgery on 2024-06-14 went well.", "2024-06-14")]
    [InlineData("Patient admitted on the 3rd of May with a fracture.", "3rd of May")]
    public void Finds_date_elements(string text, string value) =>
        Assert.Contains(("PS1005", value), Screen.Entities(text, "DATE"));

    [Theory]
    [InlineData("The patient at 1420 Maple Ave refused the ambulance.", "ADDRESS", "1420 Maple Ave", "PS1002")]
    [InlineData("The patient at 88 Cedar Lane, Apt 4B fell again.", "ADDRESS", "88 Cedar Lane, Apt 4B", "PS1002")]
    [InlineData("Patient lives in Boston, MA 02139 and missed dialysis.", "ZIP", "02139", "PS1004")]
    [InlineData("Patient lives at postcode SW1A 1AA and missed dialysis.", "ZIP", "SW1A 1AA", "PS1004")]
    [InlineData("Transferred my patient to St. Mary's Hospital after the fall.", "LOCATION", "St. Mary's Hospital", "PS1003")]
    [InlineData("Admitted a patient from Cook County with Fabry disease.", "LOCATION", "Cook County", "PS1003")]
    [InlineData("My patient from San Diego was admitted with sepsis.", "LOCATION", "San Diego", "PS1003")]
    [InlineData("My patient Mrs. Alvarez was admitted with sepsis.", "NAME", "Alvarez", "PS1001")]
    [InlineData("Saw pt J. Okonkwo for sepsis follow-up today.", "NAME", "J. Okonkwo", "PS1001")]
    [InlineData("Pt Maria Lopez back in the ED again, discharged yesterday.", "NAME", "Maria Lopez", "PS1001")]
    // A verb of care with what it was for: a patient though no word says so. Names the gazetteer lacked until 2026-11-24.
    [InlineData("Maria Lopez was admitted with chest pain.", "NAME", "Maria Lopez", "PS1001")]
    [InlineData("Jane Doe was discharged today after her knee replacement.", "NAME", "Jane Doe", "PS1001")]
    [InlineData("Treated Jamal Wright for a stab wound last night.", "NAME", "Jamal Wright", "PS1001")]
    [InlineData("Keisha Brown was diagnosed with sickle cell crisis this morning.", "NAME", "Keisha Brown", "PS1001")]
    // A gift with what ails the giver, and an organ donor, stay patients.
    [InlineData("Mr. Jenkins raised $5,000 for the cancer centre after his own chemo.", "NAME", "Jenkins", "PS1001")]
    [InlineData("Thank you to the family of Mr. Robert Haines, who donated his organs and saved four lives.", "NAME", "Robert Haines", "PS1001")]
    // A patient called by an everyday word for a person ("chap", "bloke", "pensioner"), then addressed by name.
    [InlineData("Orthopaedic clinic: chap wants his new hip 'upgraded' before the golf season. It isn't a phone, Roger.", "NAME", "Roger", "PS1001")]
    public void Finds_names_and_places(string text, string entity, string value, string id) =>
        Assert.Contains((id, value), Screen.Entities(text, entity));

    [Fact]
    public void Zip_fix_generalizes_to_three_digits_or_000_for_restricted_areas()
    {
        var general = Screen.Post("Patient lives in Boston, MA 02139 and missed dialysis.");
        Assert.Equal("Patient lives in [LOCATION], MA 021 and missed dialysis.", general.ApplyFixes());
        var restricted = Screen.Post("Patient lives in Keene, NH 03601 and missed dialysis.");
        Assert.Equal("Patient lives in Keene, NH 000 and missed dialysis.", restricted.ApplyFixes());
    }
}
