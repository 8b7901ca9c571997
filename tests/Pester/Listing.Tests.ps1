# The list calls of later releases: domains (all or disabled only), users of a domain, wildcards, a big pipeline,
# and a password hash a server puts in a listing never reaching the output.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

# GET /api/domains and GET /api/users/<domain> exist on later releases only.
Describe 'Listing domains and users' -Tag CurrentOnly {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'pipes ten thousand listed users into Set-IRedUser and updates all of them' {
        Add-EmulatorUser -Domain big.example -Count 10000 -QuotaMB 100
        Clear-EmulatorRequest

        $err = $null
        Get-IRedUser -Domain big.example | Set-IRedUser -Quota 1024 -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $requests = @(Get-EmulatorRequest)
        $list = @($requests | Where-Object { $_.Method -eq 'GET' -and $_.Path -like '/api/users/*' })
        $list | Should -HaveCount 1
        $list[0].Path | Should -Be '/api/users/big.example'
        $puts = @($requests | Where-Object Method -EQ 'PUT')
        $puts | Should -HaveCount 10000
        # Each PUT is preceded by a look-up of its user (later servers answer success to a PUT of a missing one).
        $lookups = @($requests | Where-Object { $_.Method -eq 'GET' -and $_.Path -like '/api/user/*' })
        $lookups | Should -HaveCount 10000
        Compare-Object @($lookups.Path | Sort-Object -Unique) @($puts.Path | Sort-Object -Unique) | Should -BeNullOrEmpty
        @($puts | Where-Object { $_.Form.quota -ne '1024' }) | Should -HaveCount 0
        @($puts.Path | Sort-Object -Unique) | Should -HaveCount 10000
        Get-EmulatorCount mailbox "domain = 'big.example' AND quota = 1024" | Should -Be 10000
    }

    It 'never lets a password hash in a listing reach the output' {
        Set-EmulatorSetting -IncludePasswordHashInListing $true | Out-Null
        Add-EmulatorUser -Domain example.com -Count 3
        $hash = (Get-EmulatorRow -Table mailbox -Column username -Key user000001@example.com).password
        $hash | Should -Not -BeNullOrEmpty

        # Prove that this server really sends the hash (read without the module), so the assertions below can fail.
        $emulator = Get-TestEmulator
        $login = @{ username = $emulator.AdminEmail; password = $emulator.AdminPassword }
        Invoke-RestMethod -Method Post -Uri "$($emulator.BaseUri)/api/login" -Body $login -SessionVariable web | Out-Null
        $raw = Invoke-RestMethod -Uri "$($emulator.BaseUri)/api/users/example.com" -WebSession $web
        $raw._data.password | Should -Contain $hash

        $users = Get-IRedUser -Domain example.com
        $users | Should -HaveCount 3
        foreach ($user in $users) {
            @($user.PSObject.Properties.Name) -match 'Password|Hash' | Should -BeNullOrEmpty
            # Contains, not -like: a hash may hold wildcard characters.
            foreach ($p in $user.PSObject.Properties) { "$($p.Value -join ',')".Contains($hash) | Should -BeFalse -Because $p.Name }
        }
        $dumped = Get-IRedUser -Domain example.com | ForEach-Object { $_.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" } }
        $dumped | Should -Not -BeNullOrEmpty
        $dumped | Where-Object { $_.Contains($hash) } | Should -BeNullOrEmpty
    }

    It 'lists domains with and without disabled_only and wildcards filter users' {
        New-IRedDomain a.example
        New-IRedDomain b.example
        Set-IRedDomain b.example -Status Disabled
        Add-EmulatorUser -Domain a.example -Count 12
        Clear-EmulatorRequest

        (Get-IRedDomain).Domain | Should -Be @('a.example', 'b.example')
        $get = @(Get-EmulatorRequest)
        $get | Should -HaveCount 1
        "$($get[0].Method) $($get[0].Path)" | Should -Be 'GET /api/domains'
        $get[0].Query | Should -Not -BeLike '*disabled_only*'

        $disabled = Get-IRedDomain -Disabled
        $disabled | Should -HaveCount 1
        $disabled.Domain | Should -Be 'b.example'
        $get = @(Get-EmulatorRequest)
        $get | Should -HaveCount 1
        $get[0].Query | Should -BeLike '*disabled_only*'

        (Get-IRedUser 'user00001*@a.example').Mail | Should -Be @('user000010@a.example', 'user000011@a.example', 'user000012@a.example')
        $get = @(Get-EmulatorRequest)
        $get | Should -HaveCount 1
        $get[0].Path | Should -Be '/api/users/a.example'

        $err = $null
        Get-IRedUser -Domain missing.example -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'missing.example'
    }
}
