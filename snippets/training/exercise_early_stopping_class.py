class EarlyStopping:
    """Stop when the metric has not improved by more than min_delta for `patience` epochs."""

    def __init__(self, patience=3, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.epoch = float("inf"), 0, 0

    def step(self, value):
        """Record one epoch's validation loss; return True if training should stop."""
        self.epoch += 1
        if value < self.best - self.min_delta:
            self.best, self.best_epoch = value, self.epoch
        return self.epoch - self.best_epoch >= self.patience


# Improvements after epoch 3 are tiny (below 0.01): with min_delta they do not count.
val_losses = [0.9, 0.7, 0.6, 0.598, 0.596, 0.595, 0.594, 0.5, 0.49]
for min_delta in (0.0, 0.01):
    stopper = EarlyStopping(patience=3, min_delta=min_delta)
    for loss in val_losses:
        if stopper.step(loss):
            break
    print(f"min_delta {min_delta}: {stopper.epoch} epochs, best epoch {stopper.best_epoch}")
    #> min_delta 0.0: 9 epochs, best epoch 9
    #> min_delta 0.01: 6 epochs, best epoch 3
