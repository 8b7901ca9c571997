using IRedAdmin.Client.Validation;
using Xunit;

namespace IRedAdmin.Client.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("User@Example.COM", "user@example.com")]
    [InlineData("a.b+tag@bücher.example", "a.b+tag@xn--bcher-kva.example")]
    public void Valid_addresses_are_normalised(string input, string expected) => Assert.Equal(expected, Addresses.Mail(input));

    [Theory]
    [InlineData("plain", "InvalidMail")]
    [InlineData("@example.com", "InvalidMail")]
    [InlineData("a@", "InvalidMail")]
    [InlineData("a..b@example.com", "InvalidMail")]
    [InlineData("a@example", "InvalidMail")]
    [InlineData("a@exa_mple.com", "InvalidMail")]
    [InlineData("../x@example.com", "InvalidMail")]
    [InlineData("a\r\n@example.com", "ControlCharacterInValue")]
    [InlineData("a\0@example.com", "ControlCharacterInValue")]
    public void Invalid_addresses_have_specific_error_ids(string input, string errorId)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Addresses.Mail(input, "Identity"));
        Assert.Equal(errorId, ex.ErrorId);
        Assert.Equal("Identity", ex.ParamName);
    }

    [Fact]
    public void A_comma_inside_one_list_member_is_rejected()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Addresses.MailList(new[] { "a@x.com,b@x.com" }, "Member"));
        Assert.Equal("CommaInListMember", ex.ErrorId);
    }

    [Fact]
    public void Over_long_values_are_rejected()
    {
        Assert.Equal("InvalidDomainName", Assert.Throws<InvalidInputException>(() => Addresses.Domain(new string('a', 60) + "." + new string('b', 200) + ".com")).ErrorId);
        Assert.Equal("ValueTooLong", Assert.Throws<InvalidInputException>(() => Text.Plain(new string('x', 300), "Name")).ErrorId);
    }
}
