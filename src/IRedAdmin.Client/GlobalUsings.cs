// The namespaces nearly every file of this project uses, imported once here instead of at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using System.Text.Json;
global using IRedAdmin.Client.Errors;
global using IRedAdmin.Client.Http;
global using IRedAdmin.Client.Models;
global using IRedAdmin.Client.Validation;
