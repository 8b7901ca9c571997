# A script run with -WhatIf passes WhatIfPreference to every cmdlet it calls: Connect-IRedAdmin must still log in
# (logging in changes nothing, and the script needs a session to work out what it would change).
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
}
AfterAll { Stop-TestEmulator }

Describe 'Connect-IRedAdmin inside a script run with -WhatIf' {
    BeforeEach { Reset-TestEmulator; Disconnect-IRedAdmin }

    It 'still connects, and the script changes nothing' {
        function Invoke-DryRun {
            [CmdletBinding(SupportsShouldProcess)]
            param($Uri, $Credential)
            Connect-IRedAdmin -Uri $Uri -Credential $Credential -RetryDelay 00:00:00.010
            New-IRedDomain dry.example
            (Get-IRedConnection).UserName
        }

        $output = Invoke-DryRun -Uri $Emulator.BaseUri -Credential $Emulator.Credential -WhatIf

        $output | Should -Be $Emulator.AdminEmail
        Test-EmulatorAccount -Kind Domain dry.example | Should -BeFalse
        $requests = @(Get-EmulatorRequest -IncludeLogin | ForEach-Object { "$($_.Method) $($_.Path)" })
        $requests | Should -Contain 'POST /api/login'
        $requests | Should -Not -Contain 'POST /api/domain/dry.example'
        $requests | Where-Object { $_ -notlike 'GET *' -and $_ -ne 'POST /api/login' } | Should -BeNullOrEmpty
    }
}
