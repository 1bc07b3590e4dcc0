using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// Tells the directory's read model that this instance wrote to the database, so that the next directory request
/// asks the change counter again instead of trusting it for the rest of <see cref="DirectoryOptions.VersionCheckInterval"/>:
/// an edit is in the very next search on the instance that made it. It does not look at what was written (the
/// counter, bumped by triggers, says whether the directory changed): any committed SaveChanges, committed
/// transaction or statement run without a reader (ExecuteUpdate, ExecuteDelete, ExecuteSql) counts.
/// </summary>
public sealed class DirectoryWriteInterceptor(DirectoryReadModel readModel) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        readModel.NoteLocalWrite();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        readModel.NoteLocalWrite();
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        readModel.NoteLocalWrite();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        readModel.NoteLocalWrite();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => readModel.NoteLocalWrite();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        readModel.NoteLocalWrite();
        return Task.CompletedTask;
    }
}
