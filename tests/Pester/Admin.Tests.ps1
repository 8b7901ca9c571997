# Get-/New-/Set-/Remove-IRedAdmin and Test-IRedAdminPassword against the emulator's /api/admin.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }
    $emulator = Start-TestEmulator
    $plain = 'Adm1n-Passw0rd!'
    $pw = ConvertTo-SecureString $plain -AsPlainText -Force

    function Get-AdminSetting([string] $Mail) { (Get-EmulatorRow -Table admin -Column username -Key $Mail).settings }
    function Get-GlobalAdminCount([string] $Mail) {
        Get-EmulatorCount domain_admins 'username = $u AND domain = ''ALL''' @{ u = $Mail }
    }
    # Everything a user could see from an Invoke-WithStreams run, for scanning for secrets.
    function Get-StreamText($Result) {
        $parts = foreach ($o in $Result.Output) { "$o"; $o | Format-List * | Out-String }
        $parts += foreach ($e in @($Result.Error) + @($Result.Terminating | Where-Object { $_ })) { "$e"; $e | Format-List * -Force | Out-String }
        $parts += foreach ($s in 'Warning', 'Verbose', 'Debug', 'Information') { $Result.$s | ForEach-Object { "$_" } }
        $parts += $Result.Progress | ForEach-Object { $_.Activity, $_.StatusDescription, $_.CurrentOperation }
        $parts -join "`n"
    }
    # The connection a separate runspace opens for Invoke-WithStreams.
    $connectScript = 'Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.010'
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedAdmin' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'sends the documented form and converts -MaxQuota to the largest exact unit' {
        $r = Invoke-WithStreams -Variables @{ uri = $emulator.BaseUri; cred = $emulator.Credential; pw = $pw } -ScriptBlock ([scriptblock]::Create(
                $connectScript + "`n" + 'New-IRedAdmin boss@example.net -Password $pw -Name ''The Boss'' -Language de_DE -MaxDomains 5 -MaxQuota 2TB -MaxUsers 100 -MaxAliases 200 -MaxLists 300 -PassThru'))
        $r.Terminating | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty

        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].Path | Should -Be '/api/admin/boss@example.net'
        $post[0].FormKeys | Should -Be @('name', 'password', 'language', 'maxDomains', 'maxQuota', 'quotaUnit', 'maxUsers', 'maxAliases', 'maxLists')
        $post[0].Form.name | Should -Be 'The Boss'
        $post[0].Form.password | Should -Not -Be $plain
        $post[0].Form.maxQuota | Should -Be '2'
        $post[0].Form.quotaUnit | Should -Be 'TB'
        $post[0].Form.maxDomains | Should -Be '5'

        Test-EmulatorAccount -Kind Admin boss@example.net | Should -BeTrue
        $settings = Get-AdminSetting boss@example.net
        $settings | Should -Match 'create_max_quota:2\b'
        $settings | Should -Match 'create_quota_unit:TB'
        $settings | Should -Match 'create_max_lists:300'
        Get-GlobalAdminCount boss@example.net | Should -Be 0

        $admin = @($r.Output | Where-Object { $_ -isnot [IRedAdmin.IRedAdminConnection] })
        $admin | Should -HaveCount 1
        $admin[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedAdminAccount'
        $admin[0].Mail | Should -Be 'boss@example.net'
        $admin[0].Name | Should -Be 'The Boss'
        $admin[0].Language | Should -Be 'de_DE'
        $admin[0].IsGlobalAdmin | Should -BeFalse
        $admin[0].MaxDomains | Should -Be 5
        $admin[0].MaxQuotaBytes | Should -Be (2TB)
        $admin[0].MaxLists | Should -Be 300
        $admin[0].PSObject.Properties.Name | Where-Object { $_ -like '*Password*' -and $_ -ne 'PasswordLastChange' } | Should -BeNullOrEmpty
        # The scan sees what the run showed (the admin), and never the password.
        Get-StreamText $r | Should -BeLike '*boss@example.net*'
        Get-StreamText $r | Should -Not -BeLike "*$plain*"
    }

    It 'MaxQuota <Size> is sent as <Amount> <Unit>, the largest unit that is exact' -ForEach @(
        @{ Size = '1536MB'; Amount = '1536'; Unit = 'MB' }
        @{ Size = '20GB'; Amount = '20'; Unit = 'GB' }
        @{ Size = '3072GB'; Amount = '3'; Unit = 'TB' }
    ) {
        # With -MaxDomains: later servers store a new admin's limits only when maxDomains is given.
        New-IRedAdmin q@example.net -Password $pw -MaxDomains 1 -MaxQuota $Size
        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].Form.maxQuota | Should -Be $Amount
        $post[0].Form.quotaUnit | Should -Be $Unit
        Get-AdminSetting q@example.net | Should -Match "create_quota_unit:$Unit"
    }

    It 'does not take an admin that was there before for created when the create''s answer is lost' {
        $other = ConvertTo-SecureString 'An0ther-Passw0rd!' -AsPlainText -Force
        New-IRedAdmin taken@example.net -Password $other
        Clear-EmulatorRequest
        Set-EmulatorSetting -FaultKind drop -FaultPoint before -FaultRate 1.0 -FaultMethod POST -FaultPath '/api/admin/taken@example.net' | Out-Null
        New-IRedAdmin taken@example.net -Password $pw -ErrorVariable err -ErrorAction SilentlyContinue
        Set-EmulatorSetting -FaultRate 0 -FaultPath '' -FaultMethod '' | Out-Null

        $err | Should -HaveCount 1
        "$($err[0].Exception.State)" | Should -Be 'NotApplied'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Contain 'POST /api/verify_password/admin/taken@example.net'
        Test-IRedAdminPassword -Credential ([pscredential]::new('taken@example.net', $other)) | Should -BeTrue -Because 'the admin keeps its password'
    }

    It 'sends -GlobalAdmin as yes, and refuses it with limits before sending' {
        New-IRedAdmin root@example.net -Password $pw -GlobalAdmin
        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        $post[0].Form.isGlobalAdmin | Should -Be 'yes'
        Get-GlobalAdminCount root@example.net | Should -Be 1
        $got = @(Get-IRedAdmin root@example.net)
        $got | Should -HaveCount 1
        $got[0].IsGlobalAdmin | Should -BeTrue
        Clear-EmulatorRequest

        # -ErrorAction SilentlyContinue would swallow a non-terminating error: these must throw.
        $conflict = { New-IRedAdmin other@example.net -Password $pw -GlobalAdmin -MaxDomains 3 -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*' -PassThru
        $conflict.Exception.Message | Should -BeLike '*MaxDomains*'
        { Set-IRedAdmin root@example.net -IsGlobalAdmin $true -MaxQuota 1TB -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Admin other@example.net | Should -BeFalse
    }

    It 'rejects a -MaxQuota that is not whole MB before sending' {
        $err = $null
        New-IRedAdmin q@example.net -Password $pw -MaxQuota 1000 -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'QUOTA_NOT_WHOLE_MB,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
        $err[0].TargetObject | Should -BeOfType [long]
        $err[0].TargetObject | Should -Be 1000
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Admin q@example.net | Should -BeFalse
    }

    It 'creates admins with their limits from CSV rows' {
        $csv = Join-Path $TestDrive 'admins.csv'
        @(
            [pscustomobject]@{ Mail = 'a@example.net'; Name = 'A'; MaxDomains = '2'; MaxQuota = '5GB' }
            [pscustomobject]@{ Mail = 'b@example.net'; Name = 'B'; MaxDomains = '4'; MaxQuota = '10GB' }
        ) | Export-Csv $csv -NoTypeInformation
        Import-Csv $csv | New-IRedAdmin -Password $pw

        (Get-EmulatorRow -Table admin -Column username -Key a@example.net).name | Should -Be 'A'
        Get-AdminSetting a@example.net | Should -Match 'create_max_domains:2\b'
        Get-AdminSetting a@example.net | Should -Match 'create_max_quota:5\b'
        Get-AdminSetting b@example.net | Should -Match 'create_max_quota:10\b'
        Get-AdminSetting b@example.net | Should -Match 'create_quota_unit:GB'
        Get-AdminSetting b@example.net | Should -Match 'create_max_domains:4\b'
    }

    It 'creates admins from rows that carry different limits' {
        [pscustomobject]@{ Mail = 'a@example.net'; Name = 'A'; MaxDomains = '2' },
        [pscustomobject]@{ Mail = 'b@example.net'; Name = 'B'; MaxQuota = '10GB' } | New-IRedAdmin -Password $pw

        # A row's limits never leak into the next row's request.
        $posts = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $posts.Path | Should -Be @('/api/admin/a@example.net', '/api/admin/b@example.net')
        $posts[0].FormKeys | Should -Be @('name', 'password', 'maxDomains')
        $posts[0].Form.maxDomains | Should -Be '2'
        $posts[1].FormKeys | Should -Be @('name', 'password', 'maxQuota', 'quotaUnit')
        $posts[1].Form.maxQuota | Should -Be '10'
        $posts[1].Form.quotaUnit | Should -Be 'GB'

        (Get-EmulatorRow -Table admin -Column username -Key a@example.net).name | Should -Be 'A'
        Get-AdminSetting a@example.net | Should -Match 'create_max_domains:2\b'
        if ((Get-TestEmulator).Release -eq 'legacy') {
            Get-AdminSetting b@example.net | Should -Match 'create_max_quota:10\b'
            Get-AdminSetting b@example.net | Should -Match 'create_quota_unit:GB'
        }
        else {
            # Later servers store the limits only with maxDomains (server-behaviour.md, Standalone admins).
            Get-AdminSetting b@example.net | Should -Not -Match 'create_max_quota'
        }
    }
}

Describe 'Set-IRedAdmin' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'sends only the given fields, -PassThru reads the admin back, -IsGlobalAdmin promotes and demotes' {
        New-IRedAdmin boss@example.net -Password $pw -Name Boss
        Clear-EmulatorRequest

        $admin = @(Get-IRedAdmin boss@example.net | Set-IRedAdmin -Name 'Big Boss' -Status Disabled -MaxUsers 7 -MaxQuota 500GB -PassThru)
        $wire = @(Get-EmulatorRequest)
        # Limits are kept only for a normal admin: the stored role is read and sent back with them.
        @($wire | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @(
            'GET /api/admin/boss@example.net', 'GET /api/admin/boss@example.net', 'PUT /api/admin/boss@example.net', 'GET /api/admin/boss@example.net')
        $put = @($wire | Where-Object Method -EQ 'PUT')
        $put[0].FormKeys | Should -Be @('name', 'accountStatus', 'isGlobalAdmin', 'maxQuota', 'quotaUnit', 'maxUsers')
        $put[0].Form.isGlobalAdmin | Should -Be 'no'
        $put[0].Form.accountStatus | Should -Be 'disabled'
        $put[0].Form.maxQuota | Should -Be '500'
        $put[0].Form.quotaUnit | Should -Be 'GB'

        $row = Get-EmulatorRow -Table admin -Column username -Key boss@example.net
        $row.name | Should -Be 'Big Boss'
        $row.active | Should -Be 0
        $row.settings | Should -Match 'create_max_users:7\b'

        $admin | Should -HaveCount 1
        $admin[0].Name | Should -Be 'Big Boss'
        "$($admin[0].Status)" | Should -Be 'Disabled'
        $admin[0].MaxQuotaBytes | Should -Be (500GB)

        # Promotion and demotion are both changes, so -IsGlobalAdmin is a bool.
        Clear-EmulatorRequest

        Set-IRedAdmin boss@example.net -IsGlobalAdmin $true
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Form.isGlobalAdmin | Should -Be 'yes'
        Get-GlobalAdminCount boss@example.net | Should -Be 1

        Set-IRedAdmin boss@example.net -GlobalAdmin $false
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Form.isGlobalAdmin | Should -Be 'no'
        Get-GlobalAdminCount boss@example.net | Should -Be 0
    }

    It 'sends a new password without showing it, and Test-IRedAdminPassword answers true or false' {
        $newPlain = 'N3w-Adm1n-Secret'
        $newpw = ConvertTo-SecureString $newPlain -AsPlainText -Force
        New-IRedAdmin boss@example.net -Password $pw
        $vars = @{ uri = $emulator.BaseUri; cred = $emulator.Credential; pw = $pw; newpw = $newpw }

        $set = Invoke-WithStreams -Variables $vars -ScriptBlock ([scriptblock]::Create($connectScript + "`n" + 'Set-IRedAdmin boss@example.net -Password $newpw -Verbose'))
        $set.Terminating | Should -BeNullOrEmpty
        $set.Error | Should -BeNullOrEmpty
        $set.Verbose | Should -Not -BeNullOrEmpty
        Get-StreamText $set | Should -BeLike '*boss@example.net*'
        Get-StreamText $set | Should -Not -BeLike "*$newPlain*"
        Clear-EmulatorRequest

        $test = Invoke-WithStreams -Variables $vars -ScriptBlock ([scriptblock]::Create($connectScript + " | Out-Null`n" +
                'Test-IRedAdminPassword boss@example.net -Password $newpw; Test-IRedAdminPassword boss@example.net $pw'))
        $test.Error | Should -BeNullOrEmpty
        $test.Output | Should -Be @($true, $false)
        $test.Output[0] | Should -BeOfType [bool]
        # GETs left out: on older servers the new connection probes the release and backend.
        $requests = @(Get-EmulatorRequest | Where-Object Method -NE 'GET')
        $requests | Should -HaveCount 2
        foreach ($q in $requests) {
            "$($q.Method) $($q.Path)" | Should -Be 'POST /api/verify_password/admin/boss@example.net'
            $q.FormKeys | Should -Be @('password')
        }
        Get-StreamText $test | Should -Not -BeLike "*$newPlain*"

        # A PSCredential carries the account and the password together.
        $cred = [pscredential]::new('boss@example.net', $newpw)
        $answer = @(Test-IRedAdminPassword -Credential $cred)
        $answer | Should -HaveCount 1
        $answer[0] | Should -BeTrue
        $requests = @(Get-EmulatorRequest)
        $requests | Should -HaveCount 1
        $requests[0].Path | Should -Be '/api/verify_password/admin/boss@example.net'
    }
}

Describe 'Test-IRedAdminPassword' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'reports an unknown admin as an error, not as false' {
        $err = $null
        $out = Test-IRedAdminPassword nobody@example.net -Password $pw -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[0].TargetObject | Should -Be 'nobody@example.net'
    }
}

Describe 'Remove-IRedAdmin' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'deletes the account and its domain rights' {
        New-IRedDomain example.com
        New-IRedAdmin boss@example.net -Password $pw
        Add-IRedDomainAdmin example.com boss@example.net
        Get-EmulatorCount domain_admins 'username = $u' @{ u = 'boss@example.net' } | Should -Be 1
        Clear-EmulatorRequest

        $out = @(Get-IRedAdmin boss@example.net | Remove-IRedAdmin -Confirm:$false -PassThru)
        $out | Should -HaveCount 1
        $out[0] | Should -BeOfType [string]
        $out[0] | Should -Be 'boss@example.net'
        $delete = @(Get-EmulatorRequest | Where-Object Method -EQ 'DELETE')
        $delete | Should -HaveCount 1
        $delete[0].Path | Should -Be '/api/admin/boss@example.net'
        Test-EmulatorAccount -Kind Admin boss@example.net | Should -BeFalse
        Get-EmulatorCount domain_admins 'username = $u' @{ u = 'boss@example.net' } | Should -Be 0

        $err = $null
        Remove-IRedAdmin boss@example.net -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
    }
}

Describe 'Admin cmdlets' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'send nothing under -WhatIf' {
        New-IRedAdmin boss@example.net -Password $pw -Name Boss
        Clear-EmulatorRequest

        New-IRedAdmin new@example.net -Password $pw -WhatIf
        Set-IRedAdmin boss@example.net -Name X -WhatIf
        Remove-IRedAdmin boss@example.net -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Admin new@example.net | Should -BeFalse
        Test-EmulatorAccount -Kind Admin boss@example.net | Should -BeTrue
        (Get-EmulatorRow -Table admin -Column username -Key boss@example.net).name | Should -Be 'Boss'
    }

    It 'report errors per item and send no bad address' {
        New-IRedAdmin boss@example.net -Password $pw
        Clear-EmulatorRequest

        $err = $null
        $out = @('boss@example.net', 'missing@example.net', 'not-an-address' | Get-IRedAdmin -ErrorVariable err -ErrorAction SilentlyContinue)
        $out | Should -HaveCount 1
        $out[0].Mail | Should -Be 'boss@example.net'
        $err | Should -HaveCount 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].TargetObject | Should -Be 'missing@example.net'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        @(Get-EmulatorRequest) | Should -HaveCount 2

        $dup = $null
        New-IRedAdmin boss@example.net -Password $pw -ErrorVariable dup -ErrorAction SilentlyContinue
        $dup | Should -HaveCount 1
        $dup[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $dup[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ResourceExists)
    }

    It 'give a normal domain admin PERMISSION_DENIED from every call' {
        New-IRedDomain example.com
        New-IRedAdmin helper@example.net -Password $pw
        Add-IRedDomainAdmin example.com helper@example.net
        Connect-TestEmulator -Parameters @{ Credential = [pscredential]::new('helper@example.net', $pw) }
        Clear-EmulatorRequest

        $err = $null
        $out = @(
            Get-IRedAdmin postmaster@example.com @collect
            New-IRedAdmin x@example.net -Password $pw @collect
            Set-IRedAdmin helper@example.net -MaxDomains 99 @collect
            Remove-IRedAdmin postmaster@example.com -Confirm:$false @collect
            Test-IRedAdminPassword helper@example.net -Password $pw @collect
        )
        $out | Should -HaveCount 0
        $errors = @($err)
        $errors | Should -HaveCount 5
        foreach ($e in $errors) {
            $e.FullyQualifiedErrorId | Should -BeLike 'PERMISSION_DENIED,*'
            $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::PermissionDenied)
        }
        # Remove looks the admin up first (later servers answer success to a DELETE of a missing one): that GET is refused.
        $wire = @(Get-EmulatorRequest)
        $wire | Where-Object { $_.Method -eq 'GET' -and $_.Path -eq '/api/admin/postmaster@example.com' -and $_.ErrorCode -eq 'PERMISSION_DENIED' } |
            Should -Not -BeNullOrEmpty
        $wire | Where-Object Method -EQ 'DELETE' | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Admin x@example.net | Should -BeFalse
        Test-EmulatorAccount -Kind Admin postmaster@example.com | Should -BeTrue
        Get-AdminSetting helper@example.net | Should -Not -Match 'create_max_domains:99'
    }
}
