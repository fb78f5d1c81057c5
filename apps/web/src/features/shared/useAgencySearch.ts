import { useQuery } from '@apollo/client/react';
import { SearchAgenciesDocument } from '@openita/schema/client';
import { useEffect, useMemo, useState } from 'react';

/**
 * What the agency pickers share: the text typed, and the agencies the API finds for it (asked 250 ms after the last
 * key, from two characters on: thousands of agencies do not fit a select).
 */
export function useAgencySearch() {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery(SearchAgenciesDocument, {
    variables: { search: debounced, first: 20 },
    skip: debounced.length < 2,
  });
  const options = useMemo(() => found.data?.agencies.edges.map((e) => e.node) ?? [], [found.data]);
  return { text, setText, options };
}
