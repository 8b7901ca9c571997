# Connect-IRedAdmin, Get-IRedConnection, Disconnect-IRedAdmin and -Connection: the session a user works in.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $script:First = Start-TestEmulator

    # Every stream's text and every part of an error a user can print, to prove a secret is in none of them.
    function Get-VisibleText($Result, $Caught) {
        $parts = [System.Collections.Generic.List[string]]::new()
        foreach ($stream in 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information') { foreach ($o in $Result.$stream) { $parts.Add("$o") } }
        foreach ($e in @($Caught) + @($Result.Error) | Where-Object { $_ }) {
            $parts.AddRange([string[]]@("$e", "$($e.Exception)", "$($e.ErrorDetails)", "$($e.TargetObject)", "$($e.CategoryInfo)"))
        }
        $parts.Add("$($Result.Terminating)")
        $parts -join "`n"
    }
}
AfterAll { Stop-TestEmulator }

Describe 'A session that is not connected' {
    BeforeEach {
        Reset-TestEmulator
        # Pester runs every file in one session: forget what an earlier file connected.
        Disconnect-IRedAdmin
    }

    It 'stops a pipeline of identities with one NotConnected error that says what to do, and sends nothing' {
        $output = $null; $caught = $null; $continued = $false
        try {
            $output = 'a@example.com', 'b@example.com' | Get-IRedUser -ErrorVariable errors
            $continued = $true
        }
        catch { $caught = $_ }

        $caught | Should -Not -BeNullOrEmpty
        $continued | Should -BeFalse
        $output | Should -BeNullOrEmpty
        $errors | Should -HaveCount 1
        $caught.FullyQualifiedErrorId | Should -BeLike 'NOT_CONNECTED,*'
        $caught.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ConnectionError)
        $caught.Exception.Message | Should -BeLike '*Connect-IRedAdmin*'
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}

Describe 'Connect-IRedAdmin' {
    BeforeEach { Reset-TestEmulator; Disconnect-IRedAdmin }

    It 'refuses a wrong password with an authentication error that never shows the password' {
        $wrong = 'Wr0ng-S3cret-Value'
        $credential = [pscredential]::new($First.AdminEmail, (ConvertTo-SecureString $wrong -AsPlainText -Force))

        # A fresh runspace, so every stream (Verbose included) is captured and no earlier connection is in the way.
        $r = Invoke-WithStreams -Variables @{ uri = $First.BaseUri; cred = $credential } {
            $caught = $null
            try { Connect-IRedAdmin -Uri $uri -Credential $cred -Verbose } catch { $caught = $_ }
            [pscustomobject]@{ Caught = $caught; Connection = $IRedAdminConnection }
        }

        $r.Terminating | Should -BeNullOrEmpty
        $caught = $r.Output[0].Caught
        $caught.FullyQualifiedErrorId | Should -BeLike 'INVALID_CREDENTIALS,*'
        $caught.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::AuthenticationError)
        $r.Output[0].Connection | Should -BeNullOrEmpty
        # Verbose was written (it names the admin), so the scan below looked at a stream that had content.
        ($r.Verbose.Message -join "`n") | Should -BeLike "*$($First.AdminEmail)*"
        Get-VisibleText $r $caught | Should -Not -BeLike "*$wrong*"

        $login = @(Get-EmulatorRequest -IncludeLogin)
        $login | Should -HaveCount 1
        "$($login[0].Method) $($login[0].Path)" | Should -Be 'POST /api/login'
        $login[0].Form.username | Should -Be $First.AdminEmail
        $login.Form.Values | Where-Object { "$_" -like "*$wrong*" } | Should -BeNullOrEmpty
    }

    It 'returns a typed connection with -PassThru that Get-IRedConnection returns until Disconnect-IRedAdmin' {
        $connection = Connect-TestEmulator -PassThru

        $connection | Should -HaveCount 1
        $connection.GetType().FullName | Should -Be 'IRedAdmin.IRedAdminConnection'
        $connection.UserName | Should -Be $First.AdminEmail
        "$($connection.Backend)" | Should -Be 'Sql'
        "$connection" | Should -Not -BeLike "*$($First.AdminPassword)*"
        ($connection | Format-List * | Out-String) | Should -Not -BeLike "*$($First.AdminPassword)*"

        $got = Get-IRedConnection
        [object]::ReferenceEquals($got, $connection) | Should -BeTrue

        Disconnect-IRedAdmin
        { Get-IRedDomain example.com } | Should -Throw -ErrorId 'NOT_CONNECTED,*'
    }
}

Describe 'Two connections in one process' {
    BeforeAll { $script:Second = Start-TestEmulator -Backend ldap -NoDefault }
    AfterAll { Stop-TestEmulator $Second }
    BeforeEach {
        Reset-TestEmulator
        Reset-TestEmulator -Emulator $Second -Backend ldap
        Connect-TestEmulator
    }

    It 'two runspaces connected to two emulators at the same time never cross (one connection per runspace, never static)' {
        $mine = Get-IRedConnection
        # Both jobs connect before either works, so their work interleaves as Automation jobs in one worker would.
        $bothConnected = [System.Threading.Barrier]::new(2)
        $jobs = foreach ($target in @(@{ Emulator = $First; Tag = 'a' }, @{ Emulator = $Second; Tag = 'b' })) {
            Start-ThreadJob -ArgumentList (Get-TestModulePath), $target.Emulator.BaseUri, $target.Emulator.Credential, $target.Tag, $bothConnected {
                param($Module, $Uri, $Credential, $Tag, $Barrier)
                Import-Module $Module -ErrorAction Stop
                Connect-IRedAdmin -Uri $Uri -Credential $Credential -RetryDelay 00:00:00.010 -ErrorAction Stop
                if (-not $Barrier.SignalAndWait(20000)) { throw 'the other job never connected' }
                1..5 | ForEach-Object { New-IRedDomain "$Tag$_.example.com" -ErrorAction Stop }
                "$((Get-IRedConnection).Backend) $((Get-IRedConnection).Uri)"
            }
        }
        $a = $jobs[0] | Receive-Job -Wait -ErrorAction Stop
        $b = $jobs[1] | Receive-Job -Wait -ErrorAction Stop
        $jobs | Remove-Job

        $a | Should -Be "Sql $((Get-IRedConnection).Uri)"
        $b | Should -BeLike 'Ldap *'
        $b | Should -Not -Be $a
        foreach ($i in 1..5) {
            Test-EmulatorAccount -Kind Domain "a$i.example.com" | Should -BeTrue
            Test-EmulatorAccount -Kind Domain "b$i.example.com" | Should -BeFalse
            Test-EmulatorAccount -Kind Domain "b$i.example.com" -Emulator $Second | Should -BeTrue
            Test-EmulatorAccount -Kind Domain "a$i.example.com" -Emulator $Second | Should -BeFalse
        }
        # This runspace's own default is untouched by the jobs' connections.
        [object]::ReferenceEquals((Get-IRedConnection), $mine) | Should -BeTrue
    }

    It 'an explicit -Connection overrides the default connection for that one command' {
        $other = Connect-TestEmulator -Emulator $Second -PassThru
        Connect-TestEmulator
        # Connecting to an older release asks what it is: only the commands' own requests count here.
        Clear-EmulatorRequest -Emulator $Second
        Clear-EmulatorRequest

        New-IRedDomain one.example.com
        New-IRedDomain two.example.com -Connection $other

        Test-EmulatorAccount -Kind Domain one.example.com | Should -BeTrue
        Test-EmulatorAccount -Kind Domain two.example.com | Should -BeFalse
        Test-EmulatorAccount -Kind Domain two.example.com -Emulator $Second | Should -BeTrue
        Test-EmulatorAccount -Kind Domain one.example.com -Emulator $Second | Should -BeFalse
        (Get-EmulatorRequest -Emulator $Second | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be 'POST /api/domain/two.example.com'
        (Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be 'POST /api/domain/one.example.com'
    }
}
