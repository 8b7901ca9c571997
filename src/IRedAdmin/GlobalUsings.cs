// The namespaces nearly every file of this project uses, imported once here instead of at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using System.Management.Automation;
global using IRedAdmin.Base;
global using IRedAdmin.Client;
global using IRedAdmin.Client.Api;
global using IRedAdmin.Client.Errors;
global using IRedAdmin.Client.Models;
global using IRedAdmin.Client.Validation;
