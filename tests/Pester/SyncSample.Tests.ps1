BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    $script:Sample = Join-Path (Get-TestRepoRoot) 'samples/06-sync-users-from-hr-export.ps1'
    $script:Staff = Join-Path (Get-TestRepoRoot) 'samples/staff.csv'
    function Get-Wire { @(Get-EmulatorRequest) | ForEach-Object { "$($_.Method) $($_.Path)" } }
}
AfterAll { Stop-TestEmulator; Remove-Item -Path Function:\Set-Secret -ErrorAction Ignore }

Describe 'samples/06-sync-users-from-hr-export.ps1' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedDomain example.net
        New-IRedUser alice@example.com -Password (Get-TestPassword) -Name 'Alice Smith' -Quota 1024 -Language en_US
        New-IRedUser eve@example.com -Password (Get-TestPassword) -Name 'Eve Leaver'
        Disconnect-IRedAdmin
        Clear-EmulatorRequest
        $e = Get-TestEmulator
        $cred = $e.Credential
        # Linux and macOS: the sample keeps passwords in a SecretManagement vault; this one is a dictionary.
        $global:Vault = @{}
        function global:Set-Secret { param([string] $Name, $Secret) $global:Vault[$Name] = $Secret }
    }

    # Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
    It '-WhatIf reads one listing per domain of the file and changes nothing' -Tag CurrentOnly {
        $plan = @(& $Sample -Uri $e.BaseUri -Credential $cred -Path $Staff -Leavers Disable -WhatIf)

        Get-Wire | Should -Be @('GET /api/users/example.com', 'GET /api/users/example.net')
        ($plan | ForEach-Object { "$($_.Action) $($_.Mail)" }) | Should -Be @(
            'Update alice@example.com', 'Create bob@example.com', 'Create carol@example.com', 'Create dave@example.net', 'Disable eve@example.com')
        $global:Vault.Count | Should -Be 0
    }

    # Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
    It 'creates, updates and disables, keeps each generated password once in the vault, and logs the changes' -Tag CurrentOnly {
        $log = Join-Path $TestDrive 'sync-log.csv'
        $plan = @(& $Sample -Uri $e.BaseUri -Credential $cred -Path $Staff -Leavers Disable -LogPath $log)

        "$($plan.Result)" | Should -Be 'Applied Applied Applied Applied Applied'
        (Get-EmulatorRow -Table mailbox -Column username -Key alice@example.com).quota | Should -Be 2048
        (Get-EmulatorRow -Table mailbox -Column username -Key eve@example.com).active | Should -Be 0
        (Get-EmulatorRow -Table mailbox -Column username -Key dave@example.net).language | Should -Be 'fr_FR'
        @($global:Vault.Keys | Sort-Object) | Should -Be @('onboarding-bob@example.com', 'onboarding-carol@example.com', 'onboarding-dave@example.net')
        Test-IRedUserPassword -Credential $global:Vault['onboarding-carol@example.com'] -Connection (Connect-TestEmulator -PassThru) | Should -BeTrue
        (Import-Csv $log).Mail | Should -Be @('alice@example.com', 'bob@example.com', 'carol@example.com', 'dave@example.net', 'eve@example.com')
        Disconnect-IRedAdmin
        Clear-EmulatorRequest

        $again = @(& $Sample -Uri $e.BaseUri -Credential $cred -Path $Staff -Leavers Disable)
        Get-Wire | Should -Be @('GET /api/users/example.com', 'GET /api/users/example.net')
        ($again | Where-Object Action -ne 'Unchanged') | Should -BeNullOrEmpty
    }

    It 'refuses a file with a Password column before connecting' {
        $withPasswords = Join-Path $TestDrive 'with-passwords.csv'
        "Mail,Password`nx@example.com,Plain-Passw0rd!" | Set-Content $withPasswords
        { & $Sample -Uri $e.BaseUri -Credential $cred -Path $withPasswords } | Should -Throw "*has a Password column*"
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }

    It 'stops before any change where no password could be kept safely' -Skip:($IsWindows) {
        Remove-Item -Path Function:\Set-Secret
        Get-Command Set-Secret -ErrorAction Ignore | Should -BeNullOrEmpty
        { & $Sample -Uri $e.BaseUri -Credential $cred -Path $Staff } | Should -Throw '*Set-Secret*'
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}
