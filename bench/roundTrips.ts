// Counts round trips as the length of the longest chain of requests that had to wait for one
// another: a request started after an answer arrived is one step deeper than that answer. Sequential
// code scores its request count; six requests in flight at a time score about a sixth of it.
export class RoundTripMeter {
  private deepestAnswered = 0;
  private deepest = 0;
  public requests = 0;

  public wrap(fetchImpl: typeof fetch): typeof fetch {
    return async (input, init) => {
      const depth = this.deepestAnswered + 1;
      this.requests++;
      this.deepest = Math.max(this.deepest, depth);
      try {
        return await fetchImpl(input, init);
      } finally {
        this.deepestAnswered = Math.max(this.deepestAnswered, depth);
      }
    };
  }

  public get roundTrips(): number {
    return this.deepest;
  }
}
