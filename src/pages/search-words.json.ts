import { getPosts } from '../collections/queries.ts';
import { searchVocabulary } from '../search/vocabulary.ts';

/** The posts' vocabulary, fetched by the search page only when a query's best hit is weak (src/search/hit-strength.ts). */
export async function GET() {
  const posts = await getPosts();
  const words = searchVocabulary(posts.map((post) => `${post.data.title} ${post.data.description} ${post.body ?? ''}`));
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
}
