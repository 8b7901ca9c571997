# The mlmmj options of current-api.md on New-/Set-IRedSubscribableList, the subscription kind and confirmation of the
# subscribers a call adds, and the address-only listing. Exact wire form, what the emulator stores, and the read-back.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    function Get-ListSetting([string] $List) {
        (Get-EmulatorRow -Table maillists -Column address -Key $List).settings | ConvertFrom-Json -AsHashtable
    }
    function Get-Subscriber([string] $List) {
        @(Invoke-EmulatorQuery 'SELECT subscriber, kind, pending FROM mlmmj_subscribers WHERE address = $a ORDER BY subscriber' @{ a = $List })
    }
    $flags = [ordered]@{
        DisableSubscriptionConfirm      = 'disable_subscription_confirm'
        DisableDigestText               = 'disable_digest_text'
        DisableNoMailSubscription       = 'disable_nomail_subscription'
        Moderated                       = 'moderated'
        ModerateNonSubscriberPost       = 'moderate_non_subscriber_post'
        DisableRetrievingOldPosts       = 'disable_retrieving_old_posts'
        OnlySubscriberCanGetOldPosts    = 'only_subscriber_can_get_old_posts'
        DisableRetrievingSubscribers    = 'disable_retrieving_subscribers'
        NotifyOwnerOnSubscriptionChange = 'notify_owner_when_sub_unsub'
        NotifySenderWhenModerated       = 'notify_sender_when_moderated'
    }
}
AfterAll { Stop-TestEmulator }

Describe 'mlmmj options on <Backend>' -ForEach @(@{ Backend = 'sql' }, @{ Backend = 'ldap' }) -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend $Backend -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'sends every flag with its documented name as yes/no, stores and reads it back' {
        # Each flag the opposite of its default, so the read-back cannot pass by default.
        $on = @{}
        foreach ($name in $flags.Keys) { $on[$name] = $name -notin 'OnlySubscriberCanGetOldPosts', 'DisableRetrievingSubscribers' }
        $list = New-IRedSubscribableList news@example.com -Owner o@example.com @on -PassThru

        $post = @(Get-EmulatorRequest)[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/ml/news@example.com'
        $post.Undocumented | Should -BeNullOrEmpty
        $stored = Get-ListSetting news@example.com
        foreach ($name in $flags.Keys) {
            $wire = $flags[$name]
            $expected = if ($on[$name]) { 'yes' } else { 'no' }
            $post.Form[$wire] | Should -BeExactly $expected -Because "-$name is sent as $wire"
            $stored[$wire] | Should -BeExactly $expected -Because "the server stores $wire"
            $list.$name | Should -Be $on[$name] -Because "$name reads back"
        }

        # A change names only what is given (plus the stored status, which a PUT without it would reset).
        Set-IRedSubscribableList news@example.com -Moderated $false -NotifySenderWhenModerated $false
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Contain 'moderated'
        $put.FormKeys | Should -Contain 'notify_sender_when_moderated'
        $put.FormKeys | Should -Not -Contain 'disable_digest_text'
        (Get-ListSetting news@example.com).moderated | Should -BeExactly 'no'
        (Get-ListSetting news@example.com).disable_digest_text | Should -BeExactly 'yes'
    }

    It 'sends the list-valued and text options and reads them back' {
        New-IRedSubscribableList team@example.com -ExtraAddress Team-Alt@example.com -SubjectPrefix '[team]' `
            -CustomHeader 'X-Team: sales', 'X-Note: a, b' -StripHeader Received, 'X-Originating-IP:'
        $post = @(Get-EmulatorRequest)[0]
        $post.Form.extra_addresses | Should -BeExactly 'team-alt@example.com'
        $post.Form.subject_prefix | Should -BeExactly '[team]'
        $post.Form.custom_headers | Should -BeExactly "X-Team: sales`nX-Note: a, b"
        $post.Form.remove_headers | Should -BeExactly 'Received,X-Originating-IP:'

        $list = Set-IRedSubscribableList team@example.com -SubscriptionModerator mod@example.com -SubjectPrefix '' -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.Form.subscription_moderators | Should -BeExactly 'mod@example.com'
        $put.Form.subject_prefix | Should -BeExactly ''
        $put.Undocumented | Should -BeNullOrEmpty
        $list.ExtraAddresses | Should -Be @('team-alt@example.com')
        $list.SubscriptionModerators | Should -Be @('mod@example.com')
        # Giving subscription moderators turns subscription moderation on.
        $list.ModerateSubscription | Should -BeTrue
        $list.SubjectPrefix | Should -BeNullOrEmpty
        $list.CustomHeaders | Should -Be @('X-Team: sales', 'X-Note: a, b')
        $list.StripHeaders | Should -Be @('Received', 'X-Originating-IP:')

        $list = Set-IRedSubscribableList team@example.com -CustomHeader @() -ExtraAddress @() -PassThru
        $list.CustomHeaders | Should -BeNullOrEmpty
        $list.ExtraAddresses | Should -BeNullOrEmpty
    }

    It 'adds subscribers with the kind and confirmation asked for (subscription, require_confirm)' {
        New-IRedSubscribableList news@example.com -Member a@example.net, b@example.net -SubscriptionKind Digest -RequireConfirmation $false
        $post = @(Get-EmulatorRequest)[0]
        $post.Form.subscribers | Should -BeExactly 'a@example.net,b@example.net'
        $post.Form.subscription | Should -BeExactly 'digest'
        $post.Form.require_confirm | Should -BeExactly 'no'
        $subs = Get-Subscriber news@example.com
        $subs.subscriber | Should -Be @('a@example.net', 'b@example.net')
        $subs.kind | Should -Be @('digest', 'digest')
        $subs.pending | Should -Be @(0, 0)

        Set-IRedSubscribableList news@example.com -AddMember c@example.net -Subscription NoMail
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.Form.add_subscribers | Should -BeExactly 'c@example.net'
        $put.Form.subscription | Should -BeExactly 'nomail'
        $put.FormKeys | Should -Not -Contain 'require_confirm'
        $c = Get-Subscriber news@example.com | Where-Object subscriber -EQ 'c@example.net'
        $c.kind | Should -Be 'nomail'
        # Without -RequireConfirmation the server's default applies: the new subscriber must confirm first.
        $c.pending | Should -Be 1
    }
}

Describe 'mlmmj option checks and listing' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'refuses bad header lines and names before sending' {
        $err = $null
        New-IRedSubscribableList l@example.com -CustomHeader 'no colon here' @collect
        New-IRedSubscribableList l@example.com -CustomHeader ("X-A: 1`r`nBcc: evil@example.net") @collect
        New-IRedSubscribableList l@example.com -StripHeader 'Bad Name' @collect
        New-IRedSubscribableList l@example.com -SubscriptionModerator 'not-an-address' @collect
        @($err | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) |
            Should -Be @('INVALID_HEADER_LINE', 'CONTROL_CHARACTER_IN_VALUE', 'INVALID_HEADER_NAME', 'INVALID_MAIL')
        foreach ($e in $err) { $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument) }
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'lists the addresses of a domain''s lists only (email_only)' {
        New-IRedSubscribableList a@example.com -Name A
        New-IRedSubscribableList b@example.com -Name B
        Clear-EmulatorRequest
        $lists = @(Get-IRedSubscribableList -Domain example.com -AddressOnly)
        $get = @(Get-EmulatorRequest)[0]
        "$($get.Method) $($get.Path)" | Should -Be 'GET /api/mls/example.com'
        $get.FormKeys | Should -Be @('email_only')
        $lists.Mail | Should -Be @('a@example.com', 'b@example.com')
        $lists[0].Name | Should -BeNullOrEmpty
    }
}
