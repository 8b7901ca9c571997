using IRedAdmin.Client.Validation;
using Xunit;

namespace IRedAdmin.Client.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("User@Example.COM", "user@example.com")]
    [InlineData("a.b+tag@bücher.example", "a.b+tag@xn--bcher-kva.example")]
    public void Valid_addresses_are_normalised(string input, string expected) => Assert.Equal(expected, Addresses.Mail(input, "Mail"));

    [Theory]
    [InlineData("plain", "INVALID_MAIL")]
    [InlineData("@example.com", "INVALID_MAIL")]
    [InlineData("a@", "INVALID_MAIL")]
    [InlineData("a..b@example.com", "INVALID_MAIL")]
    [InlineData("a@example", "INVALID_MAIL")]
    [InlineData("a@exa_mple.com", "INVALID_MAIL")]
    [InlineData("../x@example.com", "INVALID_MAIL")]
    [InlineData("a\r\n@example.com", "CONTROL_CHARACTER_IN_VALUE")]
    [InlineData("a\0@example.com", "CONTROL_CHARACTER_IN_VALUE")]
    public void Invalid_addresses_have_specific_error_ids(string input, string errorId)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Addresses.Mail(input, "Identity"));
        Assert.Equal(errorId, ex.ErrorId);
        Assert.Equal("Identity", ex.Field);
        Assert.DoesNotContain("-Identity", ex.Message); // the client names the field; the module names the parameter
    }

    [Fact]
    public void A_comma_inside_one_list_member_is_rejected()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Addresses.MailList(new[] { "a@x.com,b@x.com" }, "Member"));
        Assert.Equal("COMMA_IN_LIST_MEMBER", ex.ErrorId);
    }

    [Fact]
    public void Over_long_values_are_rejected()
    {
        Assert.Equal("INVALID_DOMAIN_NAME", Assert.Throws<InvalidInputException>(() => Addresses.Domain(new string('a', 60) + "." + new string('b', 200) + ".com", "Domain")).ErrorId);
        Assert.Equal("VALUE_TOO_LONG", Assert.Throws<InvalidInputException>(() => Text.Plain(new string('x', 300), "Name")).ErrorId);
    }
}
