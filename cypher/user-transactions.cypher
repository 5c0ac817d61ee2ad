// Transactions of one user query ($run), found by the metadata the server set on them, so they can be ended at their deadline.
SHOW TRANSACTIONS
YIELD transactionId, metaData
WHERE metaData.scamgraphRun = $run
RETURN transactionId
