// The dashboard's WebSocket listener: the `push.personal.order` frames of the simulated exchange.
import { useEffect, useState } from 'react';
import { showApiError } from 'mexc-error-kit';
import type { OrderFeed, PersonalOrderFrame } from '../api';

/**
 * Listens to the order feed while mounted and returns the latest frames, newest first. A frame whose
 * order ended for a reason (`errorCode` ≠ 0: a post-only order cancelled, an order rejected for margin...)
 * goes to `showApiError` as it came off the socket: the kit reads the frame itself, in the `order` code
 * space, so `errorCode: 20` is a post-only order cancelled, not API code 20.
 */
export function useOrderFeed(feed: OrderFeed, limit = 5): PersonalOrderFrame[] {
  const [frames, setFrames] = useState<PersonalOrderFrame[]>([]);
  useEffect(
    () =>
      feed.subscribe((frame) => {
        setFrames((last) => [frame, ...last].slice(0, limit));
        if (frame.data.errorCode !== 0) showApiError(frame);
      }),
    [feed, limit],
  );
  return frames;
}
