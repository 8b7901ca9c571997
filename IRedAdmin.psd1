@{
    RootModule             = 'IRedAdmin.dll'
    # The single source of the version: MSBuild reads it from here (Directory.Build.props).
    ModuleVersion          = '0.1.0'
    GUID                   = '5f3c9a7e-2d41-4b8e-9c6a-7e1b2f4d8a90'
    Author                 = 'IRedAdmin for PowerShell contributors'
    CompanyName            = 'IRedAdmin for PowerShell'
    Copyright              = '(c) IRedAdmin for PowerShell contributors. MIT licence.'
    Description            = 'Manage an iRedMail server through the iRedAdmin-Pro RESTful API: domains, users, admins, aliases, mailing lists, spam policy, throttling and LDIF export, with typed objects and pipeline support.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('IRedAdmin.Format.ps1xml')
    TypesToProcess         = @('IRedAdmin.Types.ps1xml')
    CmdletsToExport        = @(
        'Connect-IRedAdmin'
        'Disconnect-IRedAdmin'
        'Get-IRedConnection'
        'Get-IRedDomain'
        'New-IRedDomain'
        'Set-IRedDomain'
        'Remove-IRedDomain'
        'Add-IRedDomainAdmin'
        'Remove-IRedDomainAdmin'
        'Get-IRedAdmin'
        'New-IRedAdmin'
        'Remove-IRedAdmin'
        'Set-IRedAdmin'
        'Test-IRedAdminPassword'
        'Get-IRedUser'
        'New-IRedUser'
        'Set-IRedUser'
        'Remove-IRedUser'
        'Rename-IRedUser'
        'Test-IRedUserPassword'
        'Get-IRedSubscribableList'
        'New-IRedSubscribableList'
        'Remove-IRedSubscribableList'
        'Set-IRedSubscribableList'
        'Add-IRedSenderList'
        'Clear-IRedSenderList'
        'Get-IRedSenderList'
        'Remove-IRedSenderList'
        'Get-IRedGreylisting'
        'Remove-IRedGreylisting'
        'Set-IRedGreylisting'
        'Set-IRedGreylistingSpfDomain'
        'Add-IRedGreylistingWhitelist'
        'Get-IRedGreylistingWhitelist'
        'Remove-IRedGreylistingWhitelist'
        'Set-IRedGreylistingWhitelist'
        'Get-IRedSpamPolicy'
        'Remove-IRedSpamPolicy'
        'Set-IRedSpamPolicy'
        'Get-IRedThrottle'
        'Set-IRedThrottle'
        'Add-IRedAliasMember'
        'Get-IRedAlias'
        'New-IRedAlias'
        'Remove-IRedAlias'
        'Remove-IRedAliasMember'
        'Rename-IRedAlias'
        'Set-IRedAlias'
        'Add-IRedMailingListMember'
        'Get-IRedMailingList'
        'New-IRedMailingList'
        'Remove-IRedMailingList'
        'Remove-IRedMailingListMember'
        'Set-IRedMailingList'
        'Export-IRedLdif'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('iRedMail', 'iRedAdmin', 'Mail', 'Email', 'Administration', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/iredadmin-powershell/IRedAdmin'
            ReleaseNotes = '0.1.0: first release. Connect-IRedAdmin (credential, environment variables, per-runspace sessions for Azure Automation), domain and user cmdlets, a zip for Azure Automation and a nupkg for local repositories. Full history: https://github.com/iredadmin-powershell/IRedAdmin/blob/main/CHANGELOG.md'
        }
    }
}
