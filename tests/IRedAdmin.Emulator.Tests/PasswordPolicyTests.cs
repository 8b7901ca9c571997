using Xunit;

namespace IRedAdmin.Emulator.Tests;

/// <summary>Password-policy failures: every unmet rule, as PW_* codes joined by commas.</summary>
public class PasswordPolicyTests
{
    [Theory]
    [InlineData(EmulatorRelease.Current, "abc", "PW_SHORTER_THAN_MIN_LENGTH,PW_NO_UPPERCASE,PW_NO_DIGIT_NUMBER,PW_NO_SPECIAL_CHAR")]
    [InlineData(EmulatorRelease.Legacy, "abc", "PW_LESS_THAN_MIN_LENGTH,PW_NO_UPPERCASE,PW_NO_DIGIT_NUMBER,PW_NO_SPECIAL_CHAR")]
    [InlineData(EmulatorRelease.Current, "12345678!", "PW_NO_LETTER,PW_NO_UPPERCASE")]
    [InlineData(EmulatorRelease.Current, "Passwort-ünd-1", "PW_NON_ASCII")]
    [InlineData(EmulatorRelease.Legacy, "lowercase-only-1", "PW_NO_UPPERCASE")]
    [InlineData(EmulatorRelease.Current, "NoSpecialChar1", "PW_NO_SPECIAL_CHAR")]
    public async Task Each_unmet_rule_is_named(EmulatorRelease release, string password, string codes)
    {
        await using var emu = await Emu.StartAsync(release);
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", password))).AssertError(codes);
        (await emu.Admin.PostAsync("/api/admin/b@example.net", ("password", password))).AssertError(codes);
        Assert.False(emu.State.UserExists("a@example.com"));
    }

    [Fact]
    public async Task Domain_lengths_apply()
    {
        await using var emu = await Emu.StartAsync();
        await emu.WithDomainAsync("example.com");
        (await emu.Admin.PutAsync("/api/domain/example.com", ("minPasswordLength", "12"), ("maxPasswordLength", "14"))).AssertOk();
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Sh0rt-Pass"))).AssertError("PW_SHORTER_THAN_MIN_LENGTH");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Far-T00-Long-Password"))).AssertError("PW_GREATER_THAN_MAX_LENGTH");
        (await emu.Admin.PostAsync("/api/user/a@example.com", ("password", "Just-R1ght-Pw"))).AssertOk();
    }
}
