# The wire names of current-api.md for the areas where the module used to send names servers drop silently:
# white/blacklists, subscribable (mlmmj) lists, throttle; and greylisting answers read as they come.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Get-Line($Request) { "$($Request.Method) $($Request.Path)" }

}
AfterAll { Stop-TestEmulator }

Describe 'White/blacklists send addresses only' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'adds inbound entries with addresses= and the server holds them' {
        Add-IRedSenderList -User a@example.com -Direction Inbound -List Blacklist -Sender 'spam@bad.example', '192.0.2.7'

        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        Get-Line $post[0] | Should -Be 'POST /api/wblist/inbound/blacklist/a@example.com'
        $post[0].FormKeys | Should -Be @('addresses')
        $post[0].Form.addresses | Should -Be 'spam@bad.example,192.0.2.7'

        $rows = @(Invoke-EmulatorQuery 'SELECT m.email, w.wb FROM wblist w JOIN mailaddr m ON m.id=w.sid JOIN users u ON u.id=w.rid WHERE u.email=$e ORDER BY m.email' @{ e = 'a@example.com' })
        $rows.email | Should -Be @('192.0.2.7', 'spam@bad.example')
        $rows.wb | Should -Be @('B', 'B')
    }

    It 'adds and removes outbound entries with addresses=, never recipients=' {
        Add-IRedSenderList -Domain example.com -Direction Outbound -List Whitelist -Sender 'partner@ok.example', '@friends.example'
        Remove-IRedSenderList -Domain example.com -Direction Outbound -List Whitelist -Sender 'partner@ok.example'

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('POST /api/wblist/outbound/whitelist/example.com', 'PUT /api/wblist/outbound/whitelist/example.com')
        $requests | ForEach-Object { $_.FormKeys | Should -Be @('addresses') }
        $requests[1].Form.addresses | Should -Be 'partner@ok.example'

        $left = @(Invoke-EmulatorQuery 'SELECT m.email FROM outbound_wblist w JOIN mailaddr m ON m.id=w.rid JOIN users u ON u.id=w.sid WHERE u.email=$e' @{ e = '@example.com' })
        $left.email | Should -Be @('@friends.example')
    }
}

Describe 'Subscribable (mlmmj) lists use the API''s names' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'creates with subscribers, owner, moderators and newsletter_description, then sets max_message_size by a PUT' {
        New-IRedSubscribableList news@example.com -Name 'News' -Description 'Monthly news' -MaxMailSizeBytes 10MB -DisableDigest $true `
            -Owner o@example.com -Moderator m@example.com -Member 'a@x.example', 'b@x.example'

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('POST /api/ml/news@example.com', 'PUT /api/ml/news@example.com')
        $post = $requests[0]
        $post.FormKeys | Should -Be @('name', 'newsletter_description', 'disable_digest_subscription', 'owner', 'moderators', 'subscribers')
        $post.Form.subscribers | Should -Be 'a@x.example,b@x.example'
        $post.Form.owner | Should -Be 'o@example.com'
        # Servers read the documented size name on PUT only; every PUT names the status (else the list is activated).
        $requests[1].FormKeys | Should -Be @('accountStatus', 'max_message_size')
        $requests[1].Form.accountStatus | Should -Be 'active'
        $requests[1].Form.max_message_size | Should -Be '10485760'
        $requests.Undocumented | Should -BeNullOrEmpty
        $row = Get-EmulatorRow maillists address news@example.com
        $row.name | Should -Be 'News'
        $row.maxmsgsize | Should -Be 10485760
    }

    It 'creates with an exact size in bytes and keeps the status asked for' {
        New-IRedSubscribableList news@example.com -MaxMailSizeBytes 1000 -Status Disabled

        $requests = @(Get-EmulatorRequest)
        $requests[0].Form.accountStatus | Should -Be 'disabled'
        $requests[1].Form.accountStatus | Should -Be 'disabled'
        $requests[1].Form.max_message_size | Should -Be '1000'
        $row = Get-EmulatorRow maillists address news@example.com
        $row.maxmsgsize | Should -Be 1000
        $row.active | Should -Be 0
    }

    It 'changes with add_subscribers, remove_subscribers and max_message_size in bytes, and always sends the status' {
        New-IRedSubscribableList news@example.com -Status Disabled
        Clear-EmulatorRequest

        Set-IRedSubscribableList news@example.com -AddMember 'c@x.example' -RemoveMember 'a@x.example' -MaxMailSizeBytes 1000

        $requests = @(Get-EmulatorRequest)
        ($requests | ForEach-Object { Get-Line $_ }) | Should -Be @('GET /api/ml/news@example.com', 'PUT /api/ml/news@example.com')
        $requests[1].FormKeys | Should -Be @('accountStatus', 'max_message_size', 'add_subscribers', 'remove_subscribers')
        $requests[1].Form.accountStatus | Should -Be 'disabled'
        $requests[1].Form.max_message_size | Should -Be '1000'
        (Get-EmulatorRow maillists address news@example.com).active | Should -Be 0
    }

    It 'reads a list with its subscribers and deletes with keep_archive in the query string' {
        New-IRedSubscribableList news@example.com
        Clear-EmulatorRequest

        $list = Get-IRedSubscribableList news@example.com
        Remove-IRedSubscribableList news@example.com -Confirm:$false
        Remove-IRedSubscribableList news2@example.com -Confirm:$false -ErrorAction SilentlyContinue

        $requests = @(Get-EmulatorRequest)
        $requests[0].Query | Should -Be 'with_subscribers=yes'
        $list.Mail | Should -Be 'news@example.com'
        Get-Line $requests[2] | Should -Be 'DELETE /api/ml/news@example.com'
        $requests[2].Query | Should -Be 'keep_archive=no'
        Get-EmulatorCount maillists 'address = $a' @{ a = 'news@example.com' } | Should -Be 0
    }

    It 'keeps the archive on request' {
        New-IRedSubscribableList news@example.com
        Clear-EmulatorRequest
        Remove-IRedSubscribableList news@example.com -KeepArchive -Confirm:$false
        (@(Get-EmulatorRequest) | Where-Object Method -eq 'DELETE').Query | Should -Be 'keep_archive=yes'
    }

    It 'stores the subscribers the documented names carry' {
        # Without confirmation, so the subscribers are stored at once (the server's default makes them confirm first).
        New-IRedSubscribableList news@example.com -Member 'a@x.example', 'b@x.example' -RequireConfirmation $false
        Set-IRedSubscribableList news@example.com -AddMember 'c@x.example' -RemoveMember 'a@x.example' -RequireConfirmation $false
        $subscribers = @(Invoke-EmulatorQuery 'SELECT subscriber FROM mlmmj_subscribers WHERE address=$a ORDER BY 1' @{ a = 'news@example.com' })
        $subscribers.subscriber | Should -Be @('b@x.example', 'c@x.example')
        (Get-IRedSubscribableList news@example.com).Members | Should -Be @('b@x.example', 'c@x.example')
    }
}

Describe 'Throttle never sends max_rcpts' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'sends the four documented fields and has no -MaxRecipients' {
        Set-IRedThrottle -Domain example.com -Direction Outbound -Period 3600 -MaxMessages 20 -MaxMessageSize 10MB -MaxQuota 1GB
        $post = @(Get-EmulatorRequest) | Where-Object Method -eq 'POST'
        $post.FormKeys | Should -Be @('period', 'msg_size', 'max_msgs', 'max_quota')
        (Get-Command Set-IRedThrottle).Parameters.ContainsKey('MaxRecipients') | Should -BeFalse
        $row = Invoke-EmulatorQuery 'SELECT * FROM throttle WHERE account=$a AND kind=$k' @{ a = '@example.com'; k = 'outbound' }
        $row.max_msgs | Should -Be 20
        $row.period | Should -Be 3600
    }
}

Describe 'Greylisting answers are read as they come' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'lists every setting and each account''s own' {
        Set-IRedGreylisting -Global -Status Enabled
        Set-IRedGreylisting -User a@example.com -Status Disabled
        Add-IRedGreylistingWhitelist -Domain example.com -Sender '@good.example', '192.0.2.0/24'

        $all = @(Get-IRedGreylisting)
        ($all | ForEach-Object { "$($_.Account) $($_.Status)" }) | Should -Be @('global Enabled', 'a@example.com Disabled')
        (Get-IRedGreylisting -User a@example.com).Status | Should -Be 'Disabled'
        (Get-IRedGreylisting -Domain example.com).Status | Should -Be 'NotSet'
        @(Get-IRedGreylistingWhitelist -Domain example.com).Sender | Should -Be @('192.0.2.0/24', '@good.example')
        (@(Get-EmulatorRequest) | Where-Object Method -eq 'GET' | ForEach-Object { Get-Line $_ }) |
            Should -Be @('GET /api/greylisting/all', 'GET /api/greylisting/a@example.com', 'GET /api/greylisting/example.com', 'GET /api/greylisting/example.com/whitelists')
    }
}
